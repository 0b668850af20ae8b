import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The LRS's documents (xAPI 1.0.3 Communication §2.2): State, Activity Profile and Agent Profile,
 * each kept as the bytes a client sent with their media type, the SHA-1 ETag of those bytes
 * (§3.1) and when they last changed. A document is named by its resource, activity, agent (its
 * IFI), registration and id; the parts a resource does not have are ''. The unique key's prefix
 * serves the id lists.
 */
export class XapiDocuments1765400000000 implements MigrationInterface {
  name = 'XapiDocuments1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE xapi_documents (
        id bigserial PRIMARY KEY,
        resource text NOT NULL CHECK (resource IN ('state', 'activity-profile', 'agent-profile')),
        activity_id text NOT NULL,
        agent_key text NOT NULL,
        registration text NOT NULL,
        document_id text NOT NULL CHECK (document_id <> ''),
        content_type text NOT NULL,
        content bytea NOT NULL,
        etag text NOT NULL,
        updated timestamptz NOT NULL,
        CONSTRAINT xapi_documents_key UNIQUE (resource, activity_id, agent_key, registration, document_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE xapi_documents`);
  }
}
