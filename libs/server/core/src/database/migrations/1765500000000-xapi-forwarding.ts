import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forwarding Lane's own statements (those no client sent: client_id IS NULL) to another LRS.
 * Each statement now records the transaction that stored it (`txid`); the forwarder reads in
 * (txid, seq) order and only transactions older than every one still running, so a statement
 * whose transaction commits late still sorts after the watermark and is never skipped (a `seq`
 * watermark alone would pass over a lower seq that commits after a higher one).
 * `xapi_forwarding` keeps, per endpoint, the watermark, the failures in a row with the last
 * error and when to try again, and a lease so that one worker forwards at a time.
 */
export class XapiForwarding1765500000000 implements MigrationInterface {
  name = 'XapiForwarding1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE xapi_statements ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id()`);
    await q.query(`CREATE INDEX xapi_statements_lane_order_idx ON xapi_statements (txid, seq) WHERE client_id IS NULL`);
    await q.query(`
      CREATE TABLE xapi_forwarding (
        endpoint text PRIMARY KEY,
        forwarded_txid xid8 NOT NULL DEFAULT '0',
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
    await q.query(`DROP INDEX xapi_statements_lane_order_idx`);
    await q.query(`ALTER TABLE xapi_statements DROP COLUMN txid`);
  }
}
