import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HolderCertificate, MyCertificate } from '@lms/contracts';
import { enqueueInTransaction } from '@lms/server-core';
import { CertificatesRepository, type CertificateRecord, type CompletionSnapshot } from './certificates.repository';

const CERTIFICATE = `c.id, c.code, c.enrolment_id AS "enrolmentId", c.cycle, c.user_id AS "userId", u.email AS "holderEmail", u.org_unit_id AS "holderOrgUnitId",
  c.course_id AS "courseId", c.course_version AS "courseVersion", c.holder_name AS "holderName", c.course_title AS "courseTitle",
  c.locale, c.score_percent::float8 AS "scorePercent", c.completed_at AS "completedAt", c.issued_at AS "issuedAt", c.key_id AS "keyId",
  c.qr_jws AS "qrJws", c.status_index AS "statusIndex", c.pdf_key AS "pdfKey", c.revoked_at AS "revokedAt", c.revocation_reason AS "revocationReason"`;
const FROM = `FROM certificates c JOIN users u ON u.id = c.user_id`;

/**
 * The score a certificate records: per quiz of the completed version, the attempt that counts
 * under the quiz's own policy (highest or last) in this cycle, as a percentage; then their mean.
 */
const SCORE = `(
  SELECT round(avg(q.percent)::numeric, 2) FROM (
    SELECT DISTINCT ON (a.quiz_id) a.quiz_id, 100 * a.score / NULLIF(a.max_score, 0) AS percent
    FROM quiz_attempts a
    WHERE a.enrolment_id = e.id AND a.cycle = ec.cycle AND a.status = 'graded'
    ORDER BY a.quiz_id, CASE WHEN a.settings->>'scorePolicy' = 'last' THEN a.attempt_no ELSE NULL END DESC NULLS LAST, a.score DESC
  ) q)`;

@Injectable()
export class TypeOrmCertificatesRepository extends CertificatesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  issue(enrolmentId: string, cycle: number, seal: (snapshot: CompletionSnapshot) => { code: string; keyId: string; qrJws: string }) {
    return this.ds.transaction(async (m) => {
      const [snapshot]: CompletionSnapshot[] = await m.query(
        `SELECT e.id AS "enrolmentId", ec.cycle, e.user_id AS "userId", e.course_id AS "courseId", ec.course_version AS "courseVersion",
                u.display_name AS "holderName", cv.title AS "courseTitle", u.locale, ec.completed_at AS "completedAt", ${SCORE}::float8 AS "scorePercent"
         FROM enrolment_completions ec JOIN enrolments e ON e.id = ec.enrolment_id JOIN users u ON u.id = e.user_id
         JOIN course_versions cv ON cv.course_id = e.course_id AND cv.version = ec.course_version
         WHERE ec.enrolment_id = $1 AND ec.cycle = $2`,
        [enrolmentId, cycle],
      );
      if (!snapshot) return null;
      const sealed = seal(snapshot);
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO certificates (code, enrolment_id, cycle, user_id, course_id, course_version, holder_name, course_title, locale, score_percent, completed_at, key_id, qr_jws)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (enrolment_id, cycle) DO NOTHING RETURNING id`,
        [sealed.code, enrolmentId, cycle, snapshot.userId, snapshot.courseId, snapshot.courseVersion, snapshot.holderName, snapshot.courseTitle, snapshot.locale, snapshot.scorePercent, snapshot.completedAt, sealed.keyId, sealed.qrJws],
      );
      const [certificate]: CertificateRecord[] = await m.query(`SELECT ${CERTIFICATE} ${FROM} WHERE c.enrolment_id = $1 AND c.cycle = $2`, [enrolmentId, cycle]);
      // Asked again while its PDF is missing (a render that failed for good), the request is queued again.
      if (!certificate.pdfKey) {
        await enqueueInTransaction(m, [{ name: 'certificates.render-pdf', payload: { certificateId: certificate.id }, jobId: `certificate-pdf.${certificate.id}` }]);
      }
      return { certificate, created: inserted.length > 0 };
    });
  }

  async find(id: string): Promise<CertificateRecord | null> {
    const [row] = await this.ds.query(`SELECT ${CERTIFICATE} ${FROM} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  async findByCode(code: string): Promise<CertificateRecord | null> {
    const [row] = await this.ds.query(`SELECT ${CERTIFICATE} ${FROM} WHERE c.code = $1`, [code]);
    return row ?? null;
  }

  async mine(userId: string): Promise<MyCertificate[]> {
    const rows: (Omit<MyCertificate, 'issuedAt'> & { issuedAt: Date })[] = await this.ds.query(
      `SELECT id, code, course_id AS "courseId", course_title AS "courseTitle", issued_at AS "issuedAt", revoked_at IS NOT NULL AS revoked, pdf_key IS NOT NULL AS "pdfReady"
       FROM certificates WHERE user_id = $1 ORDER BY issued_at DESC, id`,
      [userId],
    );
    return rows.map((r) => ({ ...r, issuedAt: new Date(r.issuedAt).toISOString() }));
  }

  async ofHolder(userId: string): Promise<HolderCertificate[] | null> {
    // The user row first (LEFT JOIN): a person with no certificates is an empty list, an unknown id null.
    const rows: { id: string | null; code: string; courseId: string; courseTitle: string; issuedAt: Date; revokedAt: Date | null; revocationReason: string | null }[] = await this.ds.query(
      `SELECT c.id, c.code, c.course_id AS "courseId", c.course_title AS "courseTitle", c.issued_at AS "issuedAt", c.revoked_at AS "revokedAt", c.revocation_reason AS "revocationReason"
       FROM users u LEFT JOIN certificates c ON c.user_id = u.id WHERE u.id = $1 ORDER BY c.issued_at DESC, c.id`,
      [userId],
    );
    if (!rows.length) return null;
    return rows
      .filter((r) => r.id !== null)
      .map((r) => ({ ...r, id: r.id!, issuedAt: new Date(r.issuedAt).toISOString(), revokedAt: r.revokedAt ? new Date(r.revokedAt).toISOString() : null }));
  }

  async revoke(id: string, by: string, reason: string, now: Date): Promise<boolean> {
    // The revocation and its audit row in one statement: neither without the other.
    const rows = await this.ds.query(
      `WITH revoked AS (
         UPDATE certificates SET revoked_at = $2, revoked_by = $3, revocation_reason = $4 WHERE id = $1 AND revoked_at IS NULL
         RETURNING id, user_id, course_id, code),
       audit AS (
         INSERT INTO audit_log (actor_id, action, org_unit_id, subject_id, details, at)
         SELECT $3::uuid, 'certificate.revoked', u.org_unit_id, r.id, jsonb_build_object('code', r.code, 'userId', r.user_id, 'courseId', r.course_id, 'reason', $4::text), $2
         FROM revoked r JOIN users u ON u.id = r.user_id)
       SELECT id FROM revoked`,
      [id, now, by, reason],
    );
    return rows.length > 0;
  }

  async revokedIndexes(): Promise<number[]> {
    const rows: { i: number }[] = await this.ds.query(`SELECT status_index AS i FROM certificates WHERE revoked_at IS NOT NULL ORDER BY status_index`);
    return rows.map((r) => r.i);
  }
}
