import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Question banks, versioned questions, quiz settings, attempts, responses and gradings.
 *
 * A question's versions are immutable rows; an attempt stores which version of each question it
 * showed, so editing a question never changes what a learner saw. Quiz settings live on the quiz's
 * course item revision, so they follow the course's draft and published versions like lesson text.
 *
 * What makes "nothing lost, nothing twice" hold:
 * - a response is one row per (attempt, question), written by upsert: saving twice is harmless;
 * - (quiz, user, cycle, attempt_no) is unique, and only one attempt per quiz and user may be open,
 *   so two racing starts cannot exceed the attempt limit;
 * - attempt_gradings has one row per (attempt, round); the worker writes it in the transaction
 *   that stores the scores, so a job that runs again finds the row and changes nothing.
 */
export class Assessments1764600000000 implements MigrationInterface {
  name = 'Assessments1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE question_banks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title varchar(200) NOT NULL,
        -- NULL: an institute bank, which every course's quizzes may draw from
        course_id uuid REFERENCES courses (id) ON DELETE CASCADE,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX question_banks_course_id_idx ON question_banks (course_id)`);

    await q.query(`
      CREATE TABLE questions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        bank_id uuid NOT NULL REFERENCES question_banks (id) ON DELETE CASCADE,
        current_version integer NOT NULL DEFAULT 1,
        -- copied from the current version, for random draws by category
        type varchar(20) NOT NULL,
        category varchar(255) NOT NULL DEFAULT '',
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await q.query(`CREATE INDEX questions_bank_idx ON questions (bank_id, category, position) WHERE archived_at IS NULL`);
    await q.query(`
      CREATE TABLE question_versions (
        question_id uuid NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
        version integer NOT NULL,
        -- the QuestionInput JSON, answer key included: it never leaves the server for a learner
        definition jsonb NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (question_id, version)
      )`);

    await q.query(`ALTER TABLE course_item_revisions ADD COLUMN settings jsonb`);

    await q.query(`
      CREATE TABLE quiz_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quiz_id uuid NOT NULL REFERENCES course_items (id) ON DELETE CASCADE,
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        course_version integer NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        cycle integer NOT NULL,
        attempt_no integer NOT NULL CHECK (attempt_no >= 1),
        status varchar(16) NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'submitted', 'graded', 'needs_review')),
        -- the quiz settings and the questions drawn, as they were when the attempt started:
        -- [{"questionId", "version", "points", "order": [option indexes in display order]}]
        settings jsonb NOT NULL,
        questions jsonb NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        submitted_at timestamptz,
        graded_at timestamptz,
        score numeric(12, 4),
        max_score numeric(12, 4) NOT NULL,
        passed boolean,
        CONSTRAINT quiz_attempts_number_key UNIQUE (quiz_id, user_id, cycle, attempt_no)
      )`);
    await q.query(`CREATE UNIQUE INDEX quiz_attempts_one_open_idx ON quiz_attempts (quiz_id, user_id) WHERE status = 'in_progress'`);
    await q.query(`CREATE INDEX quiz_attempts_user_idx ON quiz_attempts (user_id, quiz_id)`);
    await q.query(`CREATE INDEX quiz_attempts_expiring_idx ON quiz_attempts (expires_at) WHERE status = 'in_progress' AND expires_at IS NOT NULL`);
    await q.query(`CREATE INDEX quiz_attempts_review_idx ON quiz_attempts (course_id, submitted_at) WHERE status = 'needs_review'`);

    await q.query(`
      CREATE TABLE attempt_responses (
        attempt_id uuid NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
        question_id uuid NOT NULL,
        answer jsonb,
        saved_at timestamptz NOT NULL DEFAULT now(),
        -- when the learner's device saved it: a write queued offline never overwrites a newer one
        client_saved_at timestamptz,
        -- points earned, set by grading (NULL while an essay waits for its grader)
        score numeric(12, 4),
        graded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        graded_at timestamptz,
        comment text,
        PRIMARY KEY (attempt_id, question_id)
      )`);

    // For the regrade after a key fix: graded attempts have a row for every question they showed.
    // (A GIN index on quiz_attempts.questions would do too, but it makes every status update non-HOT.)
    await q.query(`CREATE INDEX attempt_responses_question_idx ON attempt_responses (question_id)`);

    await q.query(`
      CREATE TABLE attempt_gradings (
        attempt_id uuid NOT NULL REFERENCES quiz_attempts (id) ON DELETE CASCADE,
        -- 1 for the grading after submission; each regrade after a key fix adds one
        round integer NOT NULL,
        cause varchar(64) NOT NULL,
        score numeric(12, 4),
        graded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (attempt_id, round),
        CONSTRAINT attempt_gradings_cause_key UNIQUE (attempt_id, cause)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attempt_gradings`);
    await q.query(`DROP TABLE attempt_responses`);
    await q.query(`DROP TABLE quiz_attempts`);
    await q.query(`ALTER TABLE course_item_revisions DROP COLUMN settings`);
    await q.query(`DROP TABLE question_versions`);
    await q.query(`DROP TABLE questions`);
    await q.query(`DROP TABLE question_banks`);
  }
}
