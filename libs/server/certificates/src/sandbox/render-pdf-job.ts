import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { Locale } from '@lms/contracts';
import type { AppConfig, FileStorage } from '@lms/server-core';
import type { CertificateDocument } from '../pdf/certificate-document';
import { renderCertificatePdf } from '../pdf/render-certificate';

/** What the PDF sandbox needs of the configuration, handed to it by the worker (LANE_SANDBOX_CONFIG). */
export type PdfSandboxConfig = Pick<AppConfig, 'databaseUrl' | 'storageDir' | 's3' | 'publicUrl'> & { issuerName: AppConfig['certificates']['issuerName'] };

/** A certificate row as the PDF is made from it. */
export interface CertificatePdfRow {
  code: string;
  holderName: string;
  courseTitle: string;
  courseVersion: number;
  locale: Locale;
  scorePercent: number | null;
  completedAt: Date;
  issuedAt: Date;
  qrJws: string;
  pdfKey: string | null;
}

export const CERTIFICATE_PDF_COLUMNS = `code, holder_name AS "holderName", course_title AS "courseTitle", course_version AS "courseVersion", locale,
  score_percent::float8 AS "scorePercent", completed_at AS "completedAt", issued_at AS "issuedAt", qr_jws AS "qrJws", pdf_key AS "pdfKey"`;

/** Where a certificate's PDF is stored: one key per certificate, so a second render finds the first. */
export const certificatePdfKey = (certificateId: string) => `certificates/${certificateId}.pdf`;

/** The certificate as its PDF prints it, from the row written at issue. */
export function certificateDocument(row: CertificatePdfRow, config: Pick<PdfSandboxConfig, 'publicUrl' | 'issuerName'>): CertificateDocument {
  const verifyUrl = `${config.publicUrl}/verify/${row.code}`;
  return {
    locale: row.locale,
    holderName: row.holderName,
    courseTitle: row.courseTitle,
    courseVersion: row.courseVersion,
    scorePercent: row.scorePercent,
    completedAt: new Date(row.completedAt),
    issuedAt: new Date(row.issuedAt),
    code: row.code,
    verifyUrl,
    qrText: `${verifyUrl}#${row.qrJws}`,
    issuerName: config.issuerName[row.locale],
  };
}

/**
 * The render-pdf job, in the sandbox: renders the certificate from what was fixed at issue,
 * stores it, and records it, once. Run again after a crash, it finds the stored file (same key,
 * and the render is deterministic anyway) or the recorded key, and changes nothing.
 */
export async function renderPdfJob(certificateId: string, pool: Pool, storage: FileStorage, config: PdfSandboxConfig): Promise<{ bytes: number; rendered: boolean }> {
  const { rows } = await pool.query<CertificatePdfRow>(`SELECT ${CERTIFICATE_PDF_COLUMNS} FROM certificates WHERE id = $1`, [certificateId]);
  const row = rows[0];
  if (!row) throw new Error(`certificate ${certificateId} does not exist`);
  if (row.pdfKey) return { bytes: 0, rendered: false };
  const key = certificatePdfKey(certificateId);
  const pdf = (await storage.get(key)) ?? (await renderCertificatePdf(certificateDocument(row, config)));
  await storage.put(key, pdf, 'application/pdf');
  await pool.query(`UPDATE certificates SET pdf_key = $2, pdf_sha256 = $3, pdf_bytes = $4 WHERE id = $1 AND pdf_key IS NULL`, [
    certificateId,
    key,
    createHash('sha256').update(pdf).digest('hex'),
    pdf.length,
  ]);
  return { bytes: pdf.length, rendered: true };
}
