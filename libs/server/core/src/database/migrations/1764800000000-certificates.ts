import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certificates: one per completed enrolment cycle (unique), recording what it certifies as it was
 * at issue (the name then, the course title and version, the score, the date), so that nothing
 * said on the paper changes when a name or a course does later.
 *
 * - `code` is the short, random verification code printed on the paper and in the QR code.
 * - `qr_jws` is the signed payload of the QR code, made once at issue with the key `key_id`.
 * - `pdf_key` is set once, when the PDF is stored; it is never rendered again.
 * - `status_index` is the certificate's place in the published revocation list (W3C Bitstring
 *   Status List); revoking sets `revoked_at`, and the list is built from those rows on request.
 */
export class Certificates1764800000000 implements MigrationInterface {
  name = 'Certificates1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE certificate_status_index_seq AS integer MINVALUE 0 START 0`);
    await q.query(`
      CREATE TABLE certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(16) NOT NULL,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE RESTRICT,
        cycle integer NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        course_version integer NOT NULL,
        holder_name varchar(200) NOT NULL,
        course_title varchar(200) NOT NULL,
        locale varchar(2) NOT NULL CHECK (locale IN ('lo', 'en')),
        score_percent numeric(5, 2),
        completed_at timestamptz NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        key_id varchar(64) NOT NULL,
        qr_jws text NOT NULL,
        status_index integer NOT NULL DEFAULT nextval('certificate_status_index_seq'),
        pdf_key varchar(220),
        pdf_sha256 char(64),
        pdf_bytes integer,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES users (id) ON DELETE SET NULL,
        revocation_reason varchar(500),
        CONSTRAINT certificates_completion_key UNIQUE (enrolment_id, cycle),
        CONSTRAINT certificates_code_key UNIQUE (code),
        CONSTRAINT certificates_status_index_key UNIQUE (status_index),
        CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
      )`);
    await q.query(`ALTER SEQUENCE certificate_status_index_seq OWNED BY certificates.status_index`);
    await q.query(`CREATE INDEX certificates_user_idx ON certificates (user_id, issued_at)`);
    await q.query(`CREATE INDEX certificates_revoked_idx ON certificates (status_index) WHERE revoked_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificates`);
  }
}
