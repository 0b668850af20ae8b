import { beforeAll, describe, expect, it } from '@jest/globals';
import type { CertificateQrClaims } from '@lms/contracts';
import { b64url, createTestSigner, jsonPart as part, nodeSubtle as subtle, type TestSigner } from '../testing/test-signer';
import { base64UrlToBytes, jwsFromFragment, verifyCertificateJws, type IssuerKeySet } from './certificate-jws';

const claims: CertificateQrClaims = { c: '7KQ2-MX9D-4HTA', n: 'ທ້າວ ສົມພອນ ວົງສະຫວັນ', t: 'ຄວາມປອດໄພທາງໄຊເບີ', d: '2026-03-15', iss: 'https://lane.example.la' };

let signer: TestSigner;
let keySet: IssuerKeySet;
const sign = (payload: object, header?: object) => signer.sign(payload, header);

beforeAll(async () => {
  signer = await createTestSigner('k1');
  // As GET /.well-known/jwks.json lists them: a retired key first, then the current one.
  keySet = { keys: [(await createTestSigner('k0')).jwk, signer.jwk] };
});

describe('verifyCertificateJws', () => {
  it('accepts a genuine signature and returns the signed claims, Lao text intact', async () => {
    expect(await verifyCertificateJws(await sign(claims), keySet, subtle)).toEqual({ status: 'valid', kid: 'k1', claims });
  });

  it('picks the key by kid, so what a retired key signed still verifies', async () => {
    const retired = await createTestSigner('old');
    const set: IssuerKeySet = { keys: [signer.jwk, retired.jwk] };
    expect(await verifyCertificateJws(await retired.sign(claims), set, subtle)).toMatchObject({ status: 'valid', kid: 'old', claims });
  });

  it('refuses a tampered payload: the name changed after signing', async () => {
    const [header, , signature] = (await sign(claims)).split('.');
    const forged = `${header}.${part({ ...claims, n: 'Someone Else' })}.${signature}`;
    expect(await verifyCertificateJws(forged, keySet, subtle)).toEqual({ status: 'bad-signature', kid: 'k1' });
  });

  it('refuses a tampered signature', async () => {
    const jws = await sign(claims);
    const bytes = base64UrlToBytes(jws.split('.')[2]!)!;
    bytes[10] ^= 0x01;
    const forged = `${jws.split('.').slice(0, 2).join('.')}.${b64url(bytes)}`;
    expect(await verifyCertificateJws(forged, keySet, subtle)).toEqual({ status: 'bad-signature', kid: 'k1' });
  });

  it('refuses a kid that is not in the key set', async () => {
    const jws = await sign(claims, { alg: 'EdDSA', kid: 'nobody', typ: 'lane-certificate+jws' });
    expect(await verifyCertificateJws(jws, keySet, subtle)).toEqual({ status: 'unknown-key', kid: 'nobody' });
  });

  it('refuses a signature by another key under a known kid', async () => {
    // A stranger's key, with a header that claims to be the institute's k1.
    const jws = await (await createTestSigner('k1')).sign(claims);
    expect(await verifyCertificateJws(jws, keySet, subtle)).toEqual({ status: 'bad-signature', kid: 'k1' });
  });

  it.each([
    ['no dots', 'abc'],
    ['four parts', 'a.b.c.d'],
    ['not base64url', 'ab$.cd.ef'],
    ['an empty signature', `${part({ alg: 'EdDSA', kid: 'k1', typ: 'lane-certificate+jws' })}.${part(claims)}.`],
  ])('calls %s malformed', async (_name, jws) => {
    expect(await verifyCertificateJws(jws, keySet, subtle)).toEqual({ status: 'malformed' });
  });

  it('refuses another algorithm, another type, and claims of the wrong shape', async () => {
    expect(await verifyCertificateJws(await sign(claims, { alg: 'none', kid: 'k1', typ: 'lane-certificate+jws' }), keySet, subtle)).toEqual({ status: 'malformed' });
    // The same key also signs the Open Badges VC-JWT: that is not a QR payload.
    expect(await verifyCertificateJws(await sign(claims, { alg: 'EdDSA', kid: 'k1', typ: 'JWT' }), keySet, subtle)).toEqual({ status: 'malformed' });
    expect(await verifyCertificateJws(await sign({ ...claims, d: 'yesterday' }), keySet, subtle)).toEqual({ status: 'malformed' });
  });

  it('says so when the browser has no WebCrypto', async () => {
    expect(await verifyCertificateJws(await sign(claims), keySet, null)).toEqual({ status: 'unsupported' });
  });
});

describe('jwsFromFragment', () => {
  it('drops the "#" and any percent-encoding a QR reader added', () => {
    expect(jwsFromFragment('#a.b.c')).toBe('a.b.c');
    expect(jwsFromFragment('#a%2Eb.c')).toBe('a.b.c');
    expect(jwsFromFragment('')).toBe('');
  });
});
