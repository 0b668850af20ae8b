import type { CertificateQrClaims } from '@lms/contracts';
import type { IssuerJwk } from '../lib/certificate-jws';

/**
 * An institute's Ed25519 key for tests, signing QR payloads as the API's CertificateSigner does.
 * jsdom has no crypto.subtle: Node's WebCrypto (Ed25519 since Node 18.4) stands in for the browser's.
 */
declare const require: (id: 'node:crypto') => { webcrypto: Crypto };
export const nodeSubtle: SubtleCrypto = require('node:crypto').webcrypto.subtle;

const encoder = new TextEncoder();
export const b64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
export const jsonPart = (value: object) => b64url(encoder.encode(JSON.stringify(value)));

export interface TestSigner {
  kid: string;
  jwk: IssuerJwk;
  /** A compact JWS of `payload`; `header` replaces the usual one. */
  sign(payload: CertificateQrClaims | object, header?: object): Promise<string>;
}

export async function createTestSigner(kid = 'test-key-1'): Promise<TestSigner> {
  const pair = (await nodeSubtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const { x } = await nodeSubtle.exportKey('jwk', pair.publicKey);
  return {
    kid,
    // As GET /.well-known/jwks.json lists it.
    jwk: { kty: 'OKP', crv: 'Ed25519', x: x!, kid, alg: 'EdDSA', use: 'sig' },
    async sign(payload, header = { alg: 'EdDSA', kid, typ: 'lane-certificate+jws' }) {
      const input = `${jsonPart(header)}.${jsonPart(payload)}`;
      const signature = new Uint8Array(await nodeSubtle.sign({ name: 'Ed25519' }, pair.privateKey, encoder.encode(input)));
      return `${input}.${b64url(signature)}`;
    },
  };
}

/** Gives jsdom's `crypto` the subtle API the page uses; returns a function that takes it away again. */
export function provideSubtleCrypto(subtle: SubtleCrypto | undefined = nodeSubtle): () => void {
  const target = globalThis.crypto as Crypto;
  const before = Object.getOwnPropertyDescriptor(target, 'subtle');
  Object.defineProperty(target, 'subtle', { value: subtle, configurable: true });
  return () => {
    if (before) Object.defineProperty(target, 'subtle', before);
    else delete (target as { subtle?: unknown }).subtle;
  };
}
