import { generateKeyPairSync } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { ed25519Kid, type AppConfig, type SigningJwk } from '@lms/server-core';
import { CertificateSigner } from './certificate-signer';

const newKey = (): SigningJwk => {
  const { x, d } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  return { kty: 'OKP', crv: 'Ed25519', x: x!, d: d!, kid: ed25519Kid(x!) };
};
const signerWith = (keys: SigningJwk[]) => new CertificateSigner({ certificates: { signingKeys: keys, issuerName: { lo: 'ສະຖາບັນ', en: 'Institute' } } } as AppConfig);
const publicOnly = ({ d: _d, ...key }: SigningJwk) => key;

describe('CertificateSigner', () => {
  it('signs compact EdDSA JWS that an independent JOSE library verifies against the published keys', async () => {
    const signer = signerWith([newKey()]);
    const jws = signer.compact({ c: '7KQ2-MX9D-4HTA', n: 'ທ້າວ ສົມພອນ' }, 'lane-certificate+jws');
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet({ keys: signer.publicKeys }));
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: signer.kid, typ: 'lane-certificate+jws' });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ c: '7KQ2-MX9D-4HTA', n: 'ທ້າວ ສົມພອນ' });
    expect(JSON.stringify(signer.publicKeys)).not.toContain('"d"');
  });

  it('keeps what an old key signed verifiable after a rotation, and signs new work with the new key', async () => {
    const old = newKey();
    const before = signerWith([old]).compact({ c: 'OLD' }, 'lane-certificate+jws');
    const rotated = signerWith([newKey(), publicOnly(old)]);
    const jwks = createLocalJWKSet({ keys: rotated.publicKeys });
    expect(rotated.publicKeys.map((k) => k.kid)).toEqual([rotated.kid, old.kid]);
    await expect(compactVerify(before, jwks)).resolves.toMatchObject({ protectedHeader: { kid: old.kid } });
    const after = rotated.compact({ c: 'NEW' }, 'lane-certificate+jws');
    await expect(compactVerify(after, jwks)).resolves.toMatchObject({ protectedHeader: { kid: rotated.kid } });
    // Once a key is dropped from the list, what it signed no longer verifies.
    await expect(compactVerify(before, createLocalJWKSet({ keys: signerWith([newKey()]).publicKeys }))).rejects.toThrow();
  });
});
