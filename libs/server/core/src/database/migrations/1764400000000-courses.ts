import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Courses with versions. Modules and items have stable ids (what PATCH /modules/:id and
 * PATCH /lessons/:id name) and one revision row per course version. Editing a published course
 * first copies the published version's rows into a new draft version (copy-on-write, one
 * INSERT … SELECT per table), so learners keep seeing the published version, and their progress
 * and attempts can name the exact version they saw.
 */
export class Courses1764400000000 implements MigrationInterface {
  name = 'Courses1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug varchar(120) NOT NULL,
        locale varchar(2) NOT NULL CHECK (locale IN ('lo', 'en')),
        translation_of uuid REFERENCES courses (id) ON DELETE SET NULL,
        translation_key varchar(120),
        owner_id uuid NOT NULL REFERENCES users (id) ON DELETE RESTRICT,
        status varchar(16) NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
        draft_version integer NOT NULL DEFAULT 1,
        published_version integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT courses_slug_key UNIQUE (slug),
        CHECK (published_version IS NULL OR published_version <= draft_version)
      )`);
    await q.query(`CREATE INDEX courses_status_idx ON courses (status, locale)`);
    await q.query(`CREATE INDEX courses_owner_id_idx ON courses (owner_id)`);
    await q.query(`CREATE INDEX courses_translation_key_idx ON courses (translation_key) WHERE translation_key IS NOT NULL`);
    await q.query(`
      CREATE TABLE course_authors (
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        PRIMARY KEY (course_id, user_id)
      )`);
    await q.query(`CREATE INDEX course_authors_user_id_idx ON course_authors (user_id)`);
    await q.query(`
      CREATE TABLE course_versions (
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        version integer NOT NULL,
        title varchar(200) NOT NULL,
        summary text NOT NULL DEFAULT '',
        category varchar(32) NOT NULL
          CHECK (category IN ('digital-basics', 'email', 'web-search', 'ai', 'data-science', 'cybersecurity', 'policy-regulation')),
        level varchar(16) NOT NULL CHECK (level IN ('beginner', 'intermediate', 'advanced')),
        estimated_minutes integer CHECK (estimated_minutes IS NULL OR estimated_minutes BETWEEN 1 AND 10000),
        tags text[] NOT NULL DEFAULT '{}',
        competences jsonb NOT NULL DEFAULT '[]',
        -- title (A), summary (B) and lesson text (C), Lao segmented into words: see segment-text.ts
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        published_at timestamptz,
        PRIMARY KEY (course_id, version)
      )`);
    await q.query(`CREATE INDEX course_versions_search_idx ON course_versions USING gin (search_vector)`);
    await q.query(`
      CREATE TABLE course_modules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX course_modules_course_id_idx ON course_modules (course_id)`);
    await q.query(`
      CREATE TABLE course_module_revisions (
        module_id uuid NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
        course_id uuid NOT NULL,
        version integer NOT NULL,
        title varchar(200) NOT NULL,
        position integer NOT NULL,
        PRIMARY KEY (module_id, version),
        FOREIGN KEY (course_id, version) REFERENCES course_versions (course_id, version) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX course_module_revisions_version_idx ON course_module_revisions (course_id, version, position)`);
    await q.query(`
      CREATE TABLE course_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        kind varchar(16) NOT NULL CHECK (kind IN ('lesson', 'quiz', 'scorm')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX course_items_course_id_idx ON course_items (course_id)`);
    await q.query(`
      CREATE TABLE course_item_revisions (
        item_id uuid NOT NULL REFERENCES course_items (id) ON DELETE CASCADE,
        course_id uuid NOT NULL,
        version integer NOT NULL,
        module_id uuid NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title varchar(200) NOT NULL,
        markdown text,
        html text,
        -- a quiz's question source as imported (Moodle GIFT), until the assessments feature owns it
        source text,
        PRIMARY KEY (item_id, version),
        FOREIGN KEY (course_id, version) REFERENCES course_versions (course_id, version) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX course_item_revisions_version_idx ON course_item_revisions (course_id, version, module_id, position)`);

    // Uploaded files are immutable; each version of a lesson links the ones it shows.
    await q.query(`
      CREATE TABLE attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
        filename varchar(200) NOT NULL,
        content_type varchar(100) NOT NULL,
        size_bytes integer NOT NULL,
        storage_key varchar(220) NOT NULL,
        -- phone-sized renditions of images: [{"width", "contentType", "sizeBytes", "storageKey"}]
        variants jsonb NOT NULL DEFAULT '[]',
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX attachments_course_id_idx ON attachments (course_id)`);
    await q.query(`
      CREATE TABLE course_item_attachments (
        item_id uuid NOT NULL,
        version integer NOT NULL,
        attachment_id uuid NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (item_id, version, attachment_id),
        FOREIGN KEY (item_id, version) REFERENCES course_item_revisions (item_id, version) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX course_item_attachments_attachment_id_idx ON course_item_attachments (attachment_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE course_item_attachments`);
    await q.query(`DROP TABLE attachments`);
    await q.query(`DROP TABLE course_item_revisions`);
    await q.query(`DROP TABLE course_items`);
    await q.query(`DROP TABLE course_module_revisions`);
    await q.query(`DROP TABLE course_modules`);
    await q.query(`DROP TABLE course_versions`);
    await q.query(`DROP TABLE course_authors`);
    await q.query(`DROP TABLE courses`);
  }
}
