import type { XapiForwardingStatus } from '@lms/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STATEMENTS_WRITE_LOCK } from '../lrs/statements.repository';
import { ForwardingRepository, type ForwardedStatement, type ForwardingMark } from './forwarding.repository';

@Injectable()
export class TypeOrmForwardingRepository extends ForwardingRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async lease(endpoint: string, now: Date, leaseMs: number): Promise<ForwardingMark | null> {
    // One statement: the endpoint's first run creates its row leased; later runs take the lease
    // only when it is free and no failure is being waited out (else no row comes back).
    const [row]: ForwardingMark[] = await this.ds.query(
      `INSERT INTO xapi_forwarding AS f (endpoint, leased_until) VALUES ($1, $2::timestamptz + make_interval(secs => $3::double precision / 1000))
       ON CONFLICT (endpoint) DO UPDATE SET leased_until = EXCLUDED.leased_until
       WHERE (f.leased_until IS NULL OR f.leased_until <= $2) AND (f.next_attempt_at IS NULL OR f.next_attempt_at <= $2)
       RETURNING forwarded_seq::text AS seq, failures`,
      [endpoint, now, leaseMs],
    );
    return row ?? null;
  }

  async after(mark: ForwardingMark, limit: number): Promise<ForwardedStatement[]> {
    const horizon = await this.horizon();
    if (horizon === null) return [];
    return this.ds.query(
      `SELECT seq::text AS seq, statement FROM xapi_statements WHERE client_id IS NULL AND seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3`,
      [mark.seq, horizon, limit],
    );
  }

  /**
   * The highest seq below which no statement can still appear. Every statement insert holds
   * STATEMENTS_WRITE_LOCK shared for its transaction; holding it exclusively means every insert
   * that took a seq before has committed or rolled back, so a lower seq that commits late is never
   * passed over. The wait is short (inserts are) and bounded: null when it runs out.
   */
  private horizon(): Promise<string | null> {
    return this.ds
      .transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '2s'`);
        await tx.query(`SELECT pg_advisory_xact_lock($1)`, [STATEMENTS_WRITE_LOCK]);
        const [row]: { horizon: string }[] = await tx.query(`SELECT coalesce(max(seq), 0)::text AS horizon FROM xapi_statements`);
        return row.horizon;
      })
      .catch((error: { code?: string }) => {
        if (error.code === '55P03') return null; // lock_not_available: a writer is still at work
        throw error;
      });
  }

  async delivered(endpoint: string, last: ForwardedStatement, count: number, now: Date): Promise<void> {
    await this.ds.query(
      `UPDATE xapi_forwarding SET forwarded_seq = $2, forwarded_count = forwarded_count + $3, failures = 0,
              last_error = NULL, last_attempt_at = $4, last_success_at = $4, next_attempt_at = NULL
       WHERE endpoint = $1`,
      [endpoint, last.seq, count, now],
    );
  }

  async failed(endpoint: string, error: string, now: Date, retryAt: Date): Promise<void> {
    await this.ds.query(
      `UPDATE xapi_forwarding SET failures = failures + 1, last_error = $2, last_attempt_at = $3, next_attempt_at = $4, leased_until = NULL WHERE endpoint = $1`,
      [endpoint, error.slice(0, 1000), now, retryAt],
    );
  }

  async status(endpoint: string): Promise<Omit<XapiForwardingStatus, 'endpoint'>> {
    const [row]: { forwarded: string; pending: string; failures: number; last_error: string | null; last_success_at: Date | null; next_attempt_at: Date | null }[] = await this.ds.query(
      `SELECT coalesce(f.forwarded_count, 0) AS forwarded, f.failures, f.last_error, f.last_success_at, f.next_attempt_at,
              (SELECT count(*) FROM xapi_statements s WHERE s.client_id IS NULL
                 AND s.seq > coalesce(f.forwarded_seq, 0)) AS pending
       FROM (SELECT 1) one LEFT JOIN xapi_forwarding f ON f.endpoint = $1`,
      [endpoint],
    );
    return {
      forwarded: Number(row.forwarded),
      pending: Number(row.pending),
      failures: row.failures ?? 0,
      lastError: row.last_error,
      lastSuccessAt: row.last_success_at?.toISOString() ?? null,
      nextAttemptAt: row.next_attempt_at?.toISOString() ?? null,
    };
  }

  async release(endpoint: string): Promise<void> {
    await this.ds.query(`UPDATE xapi_forwarding SET leased_until = NULL WHERE endpoint = $1`, [endpoint]);
  }
}
