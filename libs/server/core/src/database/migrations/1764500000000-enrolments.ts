import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrolments, the assignment rules that create them, progress per item, the history of completed
 * cycles, and in-app notifications with their email digests.
 *
 * An enrolment is one row per (user, course); a recurring course re-opens the same row as a new
 * cycle, and each finished cycle stays in enrolment_completions. Item completions name the cycle
 * and the course version the learner saw. Overdue is never stored: it is due_at < now() while
 * completed_at IS NULL.
 */
export class Enrolments1764500000000 implements MigrationInterface {
  name = 'Enrolments1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        -- the rule: active users in this unit's subtree (NULL: the whole organisation, admins only),
        -- optionally only those holding this position, and/or the listed users
        org_unit_id uuid REFERENCES org_units (id) ON DELETE RESTRICT,
        by_org boolean NOT NULL,
        position varchar(200),
        user_ids uuid[] NOT NULL DEFAULT '{}',
        due_at timestamptz,
        due_in_days integer CHECK (due_in_days IS NULL OR due_in_days BETWEEN 1 AND 3650),
        recurrence_months integer CHECK (recurrence_months IS NULL OR recurrence_months BETWEEN 1 AND 120),
        created_by uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        CHECK (by_org OR cardinality(user_ids) > 0)
      )`);
    await q.query(`CREATE INDEX assignments_course_id_idx ON assignments (course_id)`);
    await q.query(`CREATE INDEX assignments_org_unit_id_idx ON assignments (org_unit_id) WHERE ended_at IS NULL`);

    await q.query(`
      CREATE TABLE enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE RESTRICT,
        course_version integer NOT NULL,
        assignment_id uuid REFERENCES assignments (id) ON DELETE SET NULL,
        cycle integer NOT NULL DEFAULT 1,
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        -- a recurring course's completion lapses here and the course re-opens as the next cycle
        expires_at timestamptz,
        progress_percent smallint NOT NULL DEFAULT 0 CHECK (progress_percent BETWEEN 0 AND 100),
        CONSTRAINT enrolments_user_course_key UNIQUE (user_id, course_id),
        FOREIGN KEY (course_id, course_version) REFERENCES course_versions (course_id, version) ON DELETE RESTRICT
      )`);
    await q.query(`CREATE INDEX enrolments_course_id_idx ON enrolments (course_id)`);
    await q.query(`CREATE INDEX enrolments_assignment_id_idx ON enrolments (assignment_id)`);
    await q.query(`CREATE INDEX enrolments_open_due_idx ON enrolments (due_at) WHERE completed_at IS NULL AND due_at IS NOT NULL`);
    await q.query(`CREATE INDEX enrolments_expires_at_idx ON enrolments (expires_at) WHERE expires_at IS NOT NULL`);

    await q.query(`
      CREATE TABLE enrolment_completions (
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        cycle integer NOT NULL,
        course_version integer NOT NULL,
        completed_at timestamptz NOT NULL,
        expires_at timestamptz,
        PRIMARY KEY (enrolment_id, cycle)
      )`);

    await q.query(`
      CREATE TABLE item_completions (
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        cycle integer NOT NULL,
        item_id uuid NOT NULL REFERENCES course_items (id) ON DELETE CASCADE,
        course_version integer NOT NULL,
        completed_at timestamptz NOT NULL,
        PRIMARY KEY (enrolment_id, cycle, item_id)
      )`);

    await q.query(`ALTER TABLE users ADD COLUMN email_opt_out boolean NOT NULL DEFAULT false`);
    await q.query(`CREATE INDEX users_position_idx ON users (org_unit_id, lower(position)) WHERE position IS NOT NULL`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(32) NOT NULL CHECK (kind IN ('course_assigned', 'due_soon', 'overdue', 'course_completed')),
        params jsonb NOT NULL DEFAULT '{}',
        -- one notification per cause, so jobs that run twice notify once
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        CONSTRAINT notifications_dedupe_key UNIQUE (user_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notifications_user_id_idx ON notifications (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notifications_unemailed_idx ON notifications (user_id) WHERE emailed_at IS NULL`);
    await q.query(`
      CREATE TABLE email_digests (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        -- the calendar day in Vientiane: at most one reminder email per user per day
        sent_on date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, sent_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_digests`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP INDEX users_position_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN email_opt_out`);
    await q.query(`DROP TABLE item_completions`);
    await q.query(`DROP TABLE enrolment_completions`);
    await q.query(`DROP TABLE enrolments`);
    await q.query(`DROP TABLE assignments`);
  }
}
