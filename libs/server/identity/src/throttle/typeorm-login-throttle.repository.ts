import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { LoginThrottleRepository, type ThrottleRule } from './login-throttle.repository';

@Injectable()
export class TypeOrmLoginThrottleRepository extends LoginThrottleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async lockedUntil(keys: string[], now: Date): Promise<Date | null> {
    const rows: { locked_until: Date }[] = await this.dataSource.query(
      `SELECT max(locked_until) AS locked_until FROM login_throttles WHERE key = ANY($1) AND locked_until > $2`,
      [keys, now],
    );
    return rows[0]?.locked_until ?? null;
  }

  /** One atomic upsert: a new count when the window ran out or a lock ended, a lock at the limit. */
  async recordFailure(key: string, rule: ThrottleRule, now: Date): Promise<void> {
    const restart = `((t.locked_until IS NOT NULL AND t.locked_until <= $2::timestamptz)
      OR ($4::float8 IS NOT NULL AND t.window_started_at <= $2::timestamptz - make_interval(secs => $4::float8 / 1000)))`;
    const lockEnd = `$2::timestamptz + make_interval(secs => $5::float8 / 1000)`;
    await this.dataSource.query(
      `INSERT INTO login_throttles AS t (key, failures, window_started_at, locked_until)
       VALUES ($1, 1, $2::timestamptz, CASE WHEN 1 >= $3::int THEN ${lockEnd} END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN ${restart} THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN ${restart} THEN $2::timestamptz ELSE t.window_started_at END,
         locked_until = CASE WHEN (CASE WHEN ${restart} THEN 1 ELSE t.failures + 1 END) >= $3::int THEN ${lockEnd} ELSE NULL END`,
      [key, now, rule.maxFailures, rule.windowMs, rule.lockMs],
    );
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttles WHERE key = $1`, [key]);
  }
}
