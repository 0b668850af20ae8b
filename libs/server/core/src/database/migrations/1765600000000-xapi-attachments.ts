import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The raw data of statement attachments sent in multipart/mixed (xAPI 1.0.3 Communication
 * §1.5.2), kept once per SHA-2 (the statements name their attachments by it), stored in the
 * transaction of the statements that brought it. Like statements, never changed.
 */
export class XapiAttachments1765600000000 implements MigrationInterface {
  name = 'XapiAttachments1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE xapi_attachments (sha2 text PRIMARY KEY, content_type text NOT NULL, data bytea NOT NULL, stored_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE xapi_attachments`);
  }
}
