import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';

/** An Ed25519 key as a JWK (RFC 8037), with the kid that names it in signatures and in the JWKS. */
export interface SigningJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  /** The private part: present only on the key that signs now. */
  d?: string;
  kid: string;
}

/** The RFC 7638 thumbprint of an Ed25519 public key: a kid that anyone can recompute. */
export function ed25519Kid(x: string): string {
  return createHash('sha256').update(JSON.stringify({ crv: 'Ed25519', kty: 'OKP', x })).digest('base64url');
}

/**
 * CERTIFICATE_SIGNING_KEYS: a JSON array of Ed25519 JWKs. The first holds the private part and
 * signs; the others may be public only: keys retired by a rotation, still published so that what
 * they signed stays verifiable. A key without a kid gets its thumbprint.
 */
export function parseSigningKeys(raw: string, problems: string[]): SigningJwk[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    problems.push('CERTIFICATE_SIGNING_KEYS is not JSON; expected an array of Ed25519 JWKs, the signing one first');
    return [];
  }
  if (!Array.isArray(parsed) || !parsed.length) {
    problems.push('CERTIFICATE_SIGNING_KEYS must be a non-empty array of Ed25519 JWKs');
    return [];
  }
  const keys: SigningJwk[] = [];
  parsed.forEach((k: Partial<SigningJwk>, i) => {
    if (!k || k.kty !== 'OKP' || k.crv !== 'Ed25519' || typeof k.x !== 'string') {
      problems.push(`CERTIFICATE_SIGNING_KEYS[${i}] is not an Ed25519 JWK (kty "OKP", crv "Ed25519", x)`);
      return;
    }
    try {
      if (k.d) createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.x, d: k.d }, format: 'jwk' });
      else createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: k.x }, format: 'jwk' });
    } catch {
      problems.push(`CERTIFICATE_SIGNING_KEYS[${i}] is not a valid Ed25519 key`);
      return;
    }
    keys.push({ kty: 'OKP', crv: 'Ed25519', x: k.x, ...(k.d ? { d: k.d } : {}), kid: k.kid || ed25519Kid(k.x) });
  });
  if (keys.length && !keys[0].d) problems.push('CERTIFICATE_SIGNING_KEYS[0] must include its private part ("d"): it is the key that signs');
  if (new Set(keys.map((k) => k.kid)).size !== keys.length) problems.push('CERTIFICATE_SIGNING_KEYS has two keys with the same kid');
  return keys;
}
