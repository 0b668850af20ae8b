import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forwarding Lane's own statements (those no client sent: client_id IS NULL) to another LRS.
 * `xapi_forwarding` keeps, per endpoint, the `seq` of the last statement delivered, the failures
 * in a row with the last error and when to try again, and a lease so that one worker forwards at a
 * time. (A seq that commits after a higher one is never passed over: every statement insert holds
 * a shared advisory lock that the forwarder takes exclusively to read its horizon; see
 * STATEMENTS_WRITE_LOCK.)
 */
export class XapiForwarding1765500000000 implements MigrationInterface {
  name = 'XapiForwarding1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX xapi_statements_lane_seq_idx ON xapi_statements (seq) WHERE client_id IS NULL`);
    await q.query(`
      CREATE TABLE xapi_forwarding (
        endpoint text PRIMARY KEY,
        forwarded_seq bigint NOT NULL DEFAULT 0,
        forwarded_count bigint NOT NULL DEFAULT 0,
        failures integer NOT NULL DEFAULT 0,
        last_error text,
        last_attempt_at timestamptz,
        last_success_at timestamptz,
        next_attempt_at timestamptz,
        leased_until timestamptz
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE xapi_forwarding`);
    await q.query(`DROP INDEX xapi_statements_lane_seq_idx`);
  }
}
