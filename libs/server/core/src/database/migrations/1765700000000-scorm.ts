import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SCORM 1.2 packages and their learners' runtime data. A package is immutable: its files sit in
 * file storage under `scorm/<id>/<n>` (n is the file's number in `files`, since package file
 * names are not storage keys), and the course item's revision names it in `settings`
 * (`{"scormPackageId"}`), so that a new version of the course keeps or replaces it like any other
 * content. A learner's runtime data (scorm-again's CMI JSON) is kept per enrolment, cycle and item;
 * `seq` is the device's commit counter, so a late commit never overwrites a newer one.
 */
export class Scorm1765700000000 implements MigrationInterface {
  name = 'Scorm1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE scorm_packages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        title varchar(200) NOT NULL,
        launch_path text NOT NULL,
        -- the launch's query string or fragment from the manifest ('' for none)
        launch_parameters text NOT NULL DEFAULT '',
        mastery_score smallint CHECK (mastery_score BETWEEN 0 AND 100),
        -- the manifest as parsed: {"identifier","title","scos":[...]}
        manifest jsonb NOT NULL,
        -- {"<path in the package>": {"n", "contentType", "sizeBytes"}}
        files jsonb NOT NULL,
        size_bytes bigint NOT NULL,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX scorm_packages_course_id_idx ON scorm_packages (course_id)`);
    await q.query(`
      CREATE TABLE scorm_attempts (
        enrolment_id uuid NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
        cycle integer NOT NULL,
        item_id uuid NOT NULL REFERENCES course_items (id) ON DELETE CASCADE,
        package_id uuid NOT NULL REFERENCES scorm_packages (id) ON DELETE CASCADE,
        cmi jsonb NOT NULL,
        seq bigint NOT NULL,
        lesson_status varchar(16) NOT NULL,
        score_raw numeric(7, 2),
        suspend_data text NOT NULL DEFAULT '',
        commits integer NOT NULL DEFAULT 1,
        first_committed_at timestamptz NOT NULL,
        committed_at timestamptz NOT NULL,
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (enrolment_id, cycle, item_id)
      )`);
    await q.query(`CREATE INDEX scorm_attempts_item_id_idx ON scorm_attempts (item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE scorm_attempts`);
    await q.query(`DROP TABLE scorm_packages`);
  }
}
