import type { Locale } from '@lms/contracts';

/**
 * Everything printed on one certificate, as fixed at issue: the PDF is a pure function of this,
 * so rendering it twice gives the same bytes.
 */
export interface CertificateDocument {
  /** The learner's language: every word on the page is in it. */
  locale: Locale;
  /** The holder's name at issue (Lao or Latin script, or both). */
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  /** Percent, 0–100, or null for a course without quizzes. */
  scorePercent: number | null;
  completedAt: Date;
  issuedAt: Date;
  /** The short verification code, e.g. "7KQ2-MX9D-4HTA". */
  code: string;
  /** The verify page, e.g. "https://lane.mtc.gov.la/verify/7KQ2-MX9D-4HTA": printed under the QR code. */
  verifyUrl: string;
  /** What the QR code holds: the verify URL with the signed payload after "#" (a few hundred characters). */
  qrText: string;
  /** The issuing institute's name in the certificate's language. */
  issuerName: string;
}
