import type { CertificateQrClaims } from '@lms/contracts';

/**
 * The offline check of a certificate's QR code: the compact JWS after "#" in the verify link
 * (header {"alg":"EdDSA","kid","typ":"lane-certificate+jws"}, RFC 8037), checked with WebCrypto's
 * Ed25519 against the institute's published keys. No network, no React: only bytes and keys.
 */

/** One key of GET /.well-known/jwks.json. */
export interface IssuerJwk {
  kty: string;
  crv: string;
  x: string;
  kid: string;
  alg?: string;
  use?: string;
}

export interface IssuerKeySet {
  keys: IssuerJwk[];
}

export const CERTIFICATE_JWS_TYPE = 'lane-certificate+jws';

export type CertificateJwsCheck =
  /** Signed by one of the institute's keys; the claims are what it signed. */
  | { status: 'valid'; kid: string; claims: CertificateQrClaims }
  /** A key of the institute, but the signature does not match: the link was altered. */
  | { status: 'bad-signature'; kid: string }
  /** The header names a key that is not in the key set (or that is not a usable Ed25519 key). */
  | { status: 'unknown-key'; kid: string }
  /** Not a certificate JWS at all: wrong shape, encoding, algorithm, type or claims. */
  | { status: 'malformed' }
  /** This browser's WebCrypto has no Ed25519. */
  | { status: 'unsupported' };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** base64url (no padding) to bytes, or null when it is not base64url. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function decodeJson(part: string): unknown {
  const bytes = base64UrlToBytes(part);
  if (!bytes) return null;
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

function asClaims(value: unknown): CertificateQrClaims | null {
  if (!isRecord(value)) return null;
  const { c, n, t, d, iss } = value;
  if (typeof c !== 'string' || typeof n !== 'string' || typeof t !== 'string' || !isDate(d) || typeof iss !== 'string') return null;
  return { c, n, t, d, iss };
}

function usableKey(jwk: IssuerJwk): boolean {
  return jwk.kty === 'OKP' && jwk.crv === 'Ed25519' && typeof jwk.x === 'string' && (jwk.use === undefined || jwk.use === 'sig') && (jwk.alg === undefined || jwk.alg === 'EdDSA' || jwk.alg === 'Ed25519');
}

/** The fragment of a verify link as the JWS: "#" and any percent-encoding a QR reader added removed. */
export function jwsFromFragment(hash: string): string {
  const raw = hash.replace(/^#/, '').trim();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Checks a certificate's compact JWS against the institute's key set, picking the key by `kid`.
 * `subtle` defaults to the browser's (null where it has none); tests may pass Node's.
 */
export async function verifyCertificateJws(jws: string, keySet: IssuerKeySet, subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null): Promise<CertificateJwsCheck> {
  const parts = jws.split('.');
  if (parts.length !== 3) return { status: 'malformed' };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const header = decodeJson(headerPart);
  if (!isRecord(header) || header.alg !== 'EdDSA' || header.typ !== CERTIFICATE_JWS_TYPE || typeof header.kid !== 'string' || header.crit !== undefined) {
    return { status: 'malformed' };
  }
  const kid = header.kid;
  const signature = base64UrlToBytes(signaturePart);
  if (!signature || signature.length !== 64 || !base64UrlToBytes(payloadPart)) return { status: 'malformed' };

  const jwk = keySet.keys.find((key) => key.kid === kid);
  if (!jwk || !usableKey(jwk)) return { status: 'unknown-key', kid };
  if (!subtle) return { status: 'unsupported' };

  let key: CryptoKey;
  try {
    // Only the key material: an `alg` of "EdDSA" is refused by some WebCrypto versions.
    key = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, { name: 'Ed25519' }, false, ['verify']);
  } catch (error) {
    if (error instanceof Error && error.name === 'NotSupportedError') return { status: 'unsupported' };
    return { status: 'unknown-key', kid };
  }

  let genuine: boolean;
  try {
    genuine = await subtle.verify({ name: 'Ed25519' }, key, signature, new TextEncoder().encode(`${headerPart}.${payloadPart}`));
  } catch (error) {
    if (error instanceof Error && error.name === 'NotSupportedError') return { status: 'unsupported' };
    return { status: 'bad-signature', kid };
  }
  if (!genuine) return { status: 'bad-signature', kid };

  const claims = asClaims(decodeJson(payloadPart));
  return claims ? { status: 'valid', kid, claims } : { status: 'malformed' };
}
