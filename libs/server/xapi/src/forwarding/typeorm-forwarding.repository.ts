import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ForwardingRepository, type ForwardedStatement, type ForwardingMark } from './forwarding.repository';

@Injectable()
export class TypeOrmForwardingRepository extends ForwardingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async lease(endpoint: string, now: Date, leaseMs: number): Promise<ForwardingMark | null> {
    await this.ds.query(`INSERT INTO xapi_forwarding (endpoint) VALUES ($1) ON CONFLICT (endpoint) DO NOTHING`, [endpoint]);
    // An UPDATE … RETURNING answers [rows, count] through TypeORM's pg driver.
    const [[row]]: [ForwardingMark[], number] = await this.ds.query(
      `UPDATE xapi_forwarding SET leased_until = $2::timestamptz + make_interval(secs => $3::double precision / 1000)
       WHERE endpoint = $1 AND (leased_until IS NULL OR leased_until <= $2) AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
       RETURNING forwarded_txid::text AS txid, forwarded_seq::text AS seq, failures`,
      [endpoint, now, leaseMs],
    );
    return row ?? null;
  }

  async after(mark: ForwardingMark, limit: number): Promise<ForwardedStatement[]> {
    return this.ds.query(
      `SELECT txid::text AS txid, seq::text AS seq, statement FROM xapi_statements
       WHERE client_id IS NULL AND (txid, seq) > ($1::xid8, $2::bigint) AND txid < pg_snapshot_xmin(pg_current_snapshot())
       ORDER BY txid, seq LIMIT $3`,
      [mark.txid, mark.seq, limit],
    );
  }

  async delivered(endpoint: string, last: ForwardedStatement, count: number, now: Date): Promise<void> {
    await this.ds.query(
      `UPDATE xapi_forwarding SET forwarded_txid = $2::xid8, forwarded_seq = $3, forwarded_count = forwarded_count + $4, failures = 0,
              last_error = NULL, last_attempt_at = $5, last_success_at = $5, next_attempt_at = NULL
       WHERE endpoint = $1`,
      [endpoint, last.txid, last.seq, count, now],
    );
  }

  async failed(endpoint: string, error: string, now: Date, retryAt: Date): Promise<void> {
    await this.ds.query(
      `UPDATE xapi_forwarding SET failures = failures + 1, last_error = $2, last_attempt_at = $3, next_attempt_at = $4, leased_until = NULL WHERE endpoint = $1`,
      [endpoint, error.slice(0, 1000), now, retryAt],
    );
  }

  async release(endpoint: string): Promise<void> {
    await this.ds.query(`UPDATE xapi_forwarding SET leased_until = NULL WHERE endpoint = $1`, [endpoint]);
  }
}
