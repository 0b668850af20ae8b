import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Report exports (one row per file asked for, kept seven days), the in-app notice that one is
 * ready, and the audit log that records every export: who, what scope, when.
 */
export class ReportExports1765000000000 implements MigrationInterface {
  name = 'ReportExports1765000000000';

  async up(q: QueryRunner): Promise<void> {
    // Exports: a text cell a spreadsheet would run as a formula is prefixed with an apostrophe
    // (the same rule as spreadsheet-cell.ts, which a test holds them to), and times are written
    // in Vientiane, to the minute. Done in the query so that a CSV export is PostgreSQL's own COPY.
    // Each is declared exactly as volatile as its body (to_char is STABLE), so the planner inlines it.
    await q.query(`
      CREATE FUNCTION report_inert(v text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE WHEN left(v, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r') THEN '''' || v ELSE v END`);
    await q.query(`
      CREATE FUNCTION report_time(at timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
      RETURN to_char(at AT TIME ZONE 'Asia/Vientiane', 'YYYY-MM-DD HH24:MI')`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('course_assigned', 'due_soon', 'overdue', 'course_completed', 'export_ready'))`,
    );

    await q.query(`
      CREATE TABLE report_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('completions', 'learners', 'courses')),
        format varchar(8) NOT NULL CHECK (format IN ('csv', 'xlsx')),
        org_unit_id uuid NOT NULL REFERENCES org_units (id) ON DELETE CASCADE,
        -- the filters, as for GET /reports/summary
        course_id uuid REFERENCES courses (id) ON DELETE CASCADE,
        category varchar(32),
        assignment_id uuid REFERENCES assignments (id) ON DELETE CASCADE,
        from_day date,
        to_day date,
        locale varchar(2) NOT NULL CHECK (locale IN ('lo', 'en')),
        status varchar(8) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
        row_count integer,
        error text,
        file_key text,
        bytes bigint,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        expires_at timestamptz NOT NULL,
        CHECK (from_day IS NULL OR to_day IS NULL OR from_day <= to_day)
      )`);
    await q.query(`CREATE INDEX report_exports_requested_by_idx ON report_exports (requested_by, created_at DESC)`);
    await q.query(`CREATE INDEX report_exports_expires_at_idx ON report_exports (expires_at) WHERE file_key IS NOT NULL`);

    // Append-only: who did what, to which scope, when. Nothing updates or deletes these rows.
    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES users (id) ON DELETE SET NULL,
        action varchar(64) NOT NULL,
        org_unit_id uuid REFERENCES org_units (id) ON DELETE SET NULL,
        subject_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_action_at_idx ON audit_log (action, at DESC)`);
    await q.query(`CREATE INDEX audit_log_actor_id_idx ON audit_log (actor_id, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE report_exports`);
    await q.query(`DELETE FROM notifications WHERE kind = 'export_ready'`);
    await q.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await q.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('course_assigned', 'due_soon', 'overdue', 'course_completed'))`);
    await q.query(`DROP FUNCTION report_time, report_inert`);
  }
}
