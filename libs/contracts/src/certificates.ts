/** One of the learner's certificates (GET /me/certificates; CONTRACT.md, Certificates). */
export interface MyCertificate {
  id: string;
  /** The verification code printed on the certificate and in its QR code. */
  code: string;
  courseId: string;
  courseTitle: string;
  issuedAt: string;
  revoked: boolean;
  /** False for the moments between issuing and the PDF being stored. */
  pdfReady: boolean;
}

/** GET /verify/:code: what anyone holding the paper can check. */
export interface CertificateVerification {
  /** Issued by this institute and not revoked. */
  valid: boolean;
  revoked: boolean;
  holderName: string;
  courseTitle: string;
  issuedAt: string;
  /** The issuing institute, in the certificate's language. */
  issuer: string;
  /** Added to the contract: the course version, the score (percent, null without quizzes), when and why it was revoked. */
  code: string;
  locale: 'lo' | 'en';
  courseVersion: number;
  scorePercent: number | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

export interface RevokeCertificateRequest {
  reason: string;
}

/**
 * The claims of the compact JWS (EdDSA, Ed25519) in the QR code, short so that the code stays
 * small enough to scan from paper: an officer with only the institute's public key can check it.
 */
export interface CertificateQrClaims {
  /** The verification code. */
  c: string;
  /** The holder's name at issue. */
  n: string;
  /** The course title at issue. */
  t: string;
  /** The completion date, YYYY-MM-DD. */
  d: string;
  /** The issuer's public URL. */
  iss: string;
}

/** GET /certificates/:id/credential. */
export interface CertificateCredential {
  /** An Open Badges 3.0 OpenBadgeCredential (W3C VC Data Model 2.0). */
  credential: Record<string, unknown>;
  /** The same credential as a compact VC-JWT (EdDSA), verifiable against GET /.well-known/jwks.json. */
  jwt: string;
}

/** Crockford's base 32: no I, L, O or U, so a code read off paper cannot be mistyped as another. */
export const VERIFICATION_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_GROUPS = 3;
export const VERIFICATION_CODE_GROUP_LENGTH = 4;

/**
 * A verification code in its printed form (e.g. 7KQ2-MX9D-4HTA) from however a person typed it:
 * any case, with or without hyphens or spaces, O read as 0 and I or L as 1; null when it cannot
 * be one. The API and the web app's offline check both use this one rule.
 */
export function normaliseVerificationCode(input: string): string | null {
  const chars = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== VERIFICATION_CODE_GROUPS * VERIFICATION_CODE_GROUP_LENGTH || [...chars].some((c) => !VERIFICATION_CODE_ALPHABET.includes(c))) return null;
  return chars.match(new RegExp(`.{${VERIFICATION_CODE_GROUP_LENGTH}}`, 'g'))!.join('-');
}
