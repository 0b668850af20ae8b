import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Org units, users, sessions, login throttling and the job outbox.
 *
 * The org tree is a materialised path of ids ("/<root>/<child>/") in the C collation. A subtree is
 * then one btree range scan: path >= root.path AND path < root.path || '~'. It needs no extension
 * (ltree is not on every managed PostgreSQL, and its labels refuse the hyphens of a UUID before
 * version 16) and, unlike a closure table, costs one row per unit.
 */
export class Foundation1764300000000 implements MigrationInterface {
  name = 'Foundation1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_units (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL,
        name_lo varchar(200) NOT NULL,
        name_en varchar(200) NOT NULL,
        kind varchar(16) NOT NULL
          CHECK (kind IN ('institute', 'ministry', 'department', 'division', 'province', 'district')),
        parent_id uuid REFERENCES org_units (id) ON DELETE RESTRICT,
        path text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT org_units_code_key UNIQUE (code),
        CONSTRAINT org_units_path_key UNIQUE (path)
      )`);
    await q.query(`CREATE INDEX org_units_parent_id_idx ON org_units (parent_id)`);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL CHECK (email = lower(email)),
        employee_id varchar(64),
        display_name varchar(200) NOT NULL,
        position varchar(200),
        locale varchar(2) NOT NULL DEFAULT 'lo' CHECK (locale IN ('lo', 'en')),
        org_unit_id uuid NOT NULL REFERENCES org_units (id) ON DELETE RESTRICT,
        roles text[] NOT NULL DEFAULT '{learner}'
          CHECK (roles <@ ARRAY['learner', 'instructor', 'hr_manager', 'admin']::text[] AND 'learner' = ANY (roles)),
        status varchar(16) NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
        password_hash text,
        password_changed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email)
      )`);
    await q.query(`CREATE UNIQUE INDEX users_employee_id_key ON users (employee_id) WHERE employee_id IS NOT NULL`);
    await q.query(`CREATE INDEX users_org_unit_id_idx ON users (org_unit_id)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash bytea NOT NULL,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id)`);
    await q.query(`CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);

    await q.query(`
      CREATE TABLE login_throttles (
        key varchar(400) PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);

    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        job_id varchar(200) NOT NULL,
        queue varchar(64) NOT NULL,
        name varchar(100) NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        CONSTRAINT outbox_job_id_key UNIQUE (job_id)
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE dispatched_at IS NULL`);

    await q.query(`
      CREATE TABLE system_pings (
        id uuid PRIMARY KEY,
        requested_by uuid REFERENCES users (id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        handled_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE system_pings`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE login_throttles`);
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE users`);
    await q.query(`DROP TABLE org_units`);
  }
}
