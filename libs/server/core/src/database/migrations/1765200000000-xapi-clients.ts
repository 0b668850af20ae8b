import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The systems that may use the xAPI Learning Record Store (issue 10): each has a key and a secret
 * an admin issued, and the scopes it was given. The secret is 32 random bytes shown once; only
 * its SHA-256 is kept. A slow password hash is for secrets people choose: a random 256-bit secret
 * cannot be guessed from its SHA-256, and every LRS request checks it, so the check must be cheap.
 */
export class XapiClients1765200000000 implements MigrationInterface {
  name = 'XapiClients1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE xapi_clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        key varchar(64) NOT NULL UNIQUE,
        secret_sha256 bytea NOT NULL CHECK (octet_length(secret_sha256) = 32),
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['statements/read', 'statements/write', 'state', 'profiles']),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        last_used_at timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE xapi_clients`);
  }
}
