import type { HolderCertificate, Locale, MyCertificate } from '@lms/contracts';

/** What a certificate will say, read from the completed cycle at the moment of issue. */
export interface CompletionSnapshot {
  enrolmentId: string;
  cycle: number;
  userId: string;
  courseId: string;
  courseVersion: number;
  holderName: string;
  courseTitle: string;
  locale: Locale;
  scorePercent: number | null;
  completedAt: Date;
}

/** A certificate as stored: the snapshot it was issued from, fixed, and what issuing added. */
export interface CertificateRecord extends CompletionSnapshot {
  id: string;
  code: string;
  /** The holder's email now: the credential names the learner by a salted hash of it. */
  holderEmail: string;
  /** The holder's org unit now: HR managers over it may see the certificate. */
  holderOrgUnitId: string;
  issuedAt: Date;
  keyId: string;
  qrJws: string;
  statusIndex: number;
  pdfKey: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
}

/** Storage port for certificates. Issuing is one transaction, unique per completed cycle. */
export abstract class CertificatesRepository {
  /**
   * Issues the certificate of a completed cycle unless it exists: `seal` gives the code and the
   * signed QR payload for the snapshot; the PDF render request is queued in the same transaction.
   * Answers the certificate and whether this call created it; null when there is no such completion.
   */
  abstract issue(
    enrolmentId: string,
    cycle: number,
    seal: (snapshot: CompletionSnapshot) => { code: string; keyId: string; qrJws: string },
  ): Promise<{ certificate: CertificateRecord; created: boolean } | null>;
  abstract find(id: string): Promise<CertificateRecord | null>;
  abstract findByCode(code: string): Promise<CertificateRecord | null>;
  abstract mine(userId: string): Promise<MyCertificate[]>;
  /** Every certificate of one person, newest first, revoked ones with when and why; null when there is no such user. */
  abstract ofHolder(userId: string): Promise<HolderCertificate[] | null>;
  /** Revokes once: false when already revoked (the first reason stays). */
  abstract revoke(id: string, by: string, reason: string, now: Date): Promise<boolean>;
  /** The status-list positions of every revoked certificate. */
  abstract revokedIndexes(): Promise<number[]>;
}
