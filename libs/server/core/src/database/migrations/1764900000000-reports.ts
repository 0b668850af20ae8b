import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * HR reporting: the enrolment rollup behind GET /reports/summary.
 *
 * The rollup (`report_rollup`) counts enrolments per (learner's own unit, course, assignment,
 * day enrolled, day due); a subtree's figures are the sum over its units, so every figure adds up
 * from division to ministry by construction. It is kept current incrementally, never rebuilt:
 *
 * - Triggers on `enrolments` and `users` append the ids of what changed to `report_dirty`. They
 *   only insert: no lock on any shared row, so grading and bulk assignment never wait on a report.
 * - A fold (a worker job, every few seconds, one at a time under an advisory lock, in one
 *   REPEATABLE READ snapshot) takes the dirty ids, reads those enrolments as they now are, and
 *   moves the rollup by the difference from what it last counted for each (`report_facts`).
 *
 * Counting against `report_facts` rather than adding +1/−1 in the triggers is what keeps the
 * rollup exact under races: a user moved to another unit while their quiz is being graded would
 * otherwise be subtracted from one unit with the state before grading and added to another with
 * the state after. The fold reads committed rows only, so any interleaving converges, and folding
 * an id twice changes nothing.
 *
 * Days are calendar days in Vientiane (UTC+7, no daylight saving), the days HR managers filter by.
 * Overdue is still never stored: the rollup's open enrolments due before today are overdue, and
 * today's are counted from `enrolments` at read time.
 */
export class Reports1764900000000 implements MigrationInterface {
  name = 'Reports1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION report_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN (at AT TIME ZONE 'Asia/Vientiane')::date`);

    await q.query(`
      CREATE TABLE report_dirty (
        id bigserial PRIMARY KEY,
        -- one of the two: an enrolment that changed, or a user whose unit or status did
        enrolment_id uuid,
        user_id uuid,
        CHECK ((enrolment_id IS NULL) <> (user_id IS NULL))
      )`);
    await q.query(`
      CREATE TABLE report_facts (
        enrolment_id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        org_unit_id uuid NOT NULL,
        course_id uuid NOT NULL,
        assignment_id uuid,
        enrolled_on date NOT NULL,
        due_on date,
        started boolean NOT NULL,
        completed boolean NOT NULL
      )`);
    await q.query(`CREATE INDEX report_facts_user_id_idx ON report_facts (user_id)`);
    await q.query(`
      CREATE TABLE report_rollup (
        org_unit_id uuid NOT NULL,
        course_id uuid NOT NULL,
        assignment_id uuid,
        enrolled_on date NOT NULL,
        due_on date,
        -- No CHECK (>= 0) here: PostgreSQL checks the row an upsert proposes before it finds the
        -- conflict, and the fold proposes differences, which are often negative.
        enrolled integer NOT NULL,
        -- started and not completed
        in_progress integer NOT NULL,
        completed integer NOT NULL,
        -- Covering (INCLUDE the counts): a unit's rows are read from the index alone, since rows
        -- of one unit are written at all times and so lie on as many heap pages as there are rows.
        CONSTRAINT report_rollup_key UNIQUE NULLS NOT DISTINCT (org_unit_id, course_id, assignment_id, enrolled_on, due_on) INCLUDE (enrolled, in_progress, completed)
      )`);
    await q.query(`CREATE INDEX report_rollup_empty_idx ON report_rollup (org_unit_id) WHERE enrolled = 0`);
    // Learners per unit, counted from the index alone.
    await q.query(`CREATE INDEX users_active_org_unit_idx ON users (org_unit_id) WHERE status = 'active'`);

    // Statement triggers with transition tables: one INSERT … SELECT per statement, however many rows.
    await q.query(`
      CREATE FUNCTION report_enrolments_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty (enrolment_id) SELECT id FROM new_rows;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION report_enrolments_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty (enrolment_id) SELECT id FROM old_rows;
        RETURN NULL;
      END $$`);
    // Progress ticks (progress_percent) are most updates; only what the rollup counts marks a row.
    await q.query(`
      CREATE FUNCTION report_enrolments_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty (enrolment_id)
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.user_id, n.course_id, n.assignment_id, n.enrolled_at, n.due_at, n.started_at IS NULL, n.completed_at IS NULL)
          IS DISTINCT FROM (o.user_id, o.course_id, o.assignment_id, o.enrolled_at, o.due_at, o.started_at IS NULL, o.completed_at IS NULL);
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION report_users_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO report_dirty (user_id)
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE (n.org_unit_id, n.status) IS DISTINCT FROM (o.org_unit_id, o.status);
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER report_enrolments_inserted AFTER INSERT ON enrolments REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_enrolments_inserted()`);
    await q.query(`CREATE TRIGGER report_enrolments_deleted AFTER DELETE ON enrolments REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_enrolments_deleted()`);
    await q.query(
      `CREATE TRIGGER report_enrolments_updated AFTER UPDATE ON enrolments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_enrolments_updated()`,
    );
    await q.query(`CREATE TRIGGER report_users_updated AFTER UPDATE ON users REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_users_updated()`);

    // What exists already is counted once, here; from now on the fold keeps it current.
    await q.query(`
      INSERT INTO report_facts (enrolment_id, user_id, org_unit_id, course_id, assignment_id, enrolled_on, due_on, started, completed)
      SELECT e.id, e.user_id, u.org_unit_id, e.course_id, e.assignment_id, report_day(e.enrolled_at), report_day(e.due_at),
             e.started_at IS NOT NULL, e.completed_at IS NOT NULL
      FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.status = 'active'`);
    await q.query(`
      INSERT INTO report_rollup (org_unit_id, course_id, assignment_id, enrolled_on, due_on, enrolled, in_progress, completed)
      SELECT org_unit_id, course_id, assignment_id, enrolled_on, due_on,
             count(*), count(*) FILTER (WHERE started AND NOT completed), count(*) FILTER (WHERE completed)
      FROM report_facts GROUP BY org_unit_id, course_id, assignment_id, enrolled_on, due_on`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER report_users_updated ON users`);
    await q.query(`DROP TRIGGER report_enrolments_updated ON enrolments`);
    await q.query(`DROP TRIGGER report_enrolments_deleted ON enrolments`);
    await q.query(`DROP TRIGGER report_enrolments_inserted ON enrolments`);
    await q.query(`DROP FUNCTION report_users_updated, report_enrolments_updated, report_enrolments_deleted, report_enrolments_inserted`);
    await q.query(`DROP INDEX users_active_org_unit_idx`);
    await q.query(`DROP TABLE report_rollup`);
    await q.query(`DROP TABLE report_facts`);
    await q.query(`DROP TABLE report_dirty`);
    await q.query(`DROP FUNCTION report_day`);
  }
}
