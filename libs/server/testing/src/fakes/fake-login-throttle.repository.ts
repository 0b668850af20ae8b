import { LoginThrottleRepository, type ThrottleRule } from '@lms/server-identity';

interface Row {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** The same counting rules as the SQL upsert, in memory. */
export class FakeLoginThrottleRepository extends LoginThrottleRepository {
  readonly rows = new Map<string, Row>();

  async lockedUntil(keys: string[], now: Date) {
    const locks = keys.map((k) => this.rows.get(k)?.lockedUntil).filter((d): d is Date => !!d && d > now);
    return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
  }
  async recordFailure(key: string, rule: ThrottleRule, now: Date) {
    const row = this.rows.get(key);
    const restart =
      !row ||
      (row.lockedUntil !== null && row.lockedUntil <= now) ||
      (rule.windowMs !== null && row.windowStartedAt.getTime() <= now.getTime() - rule.windowMs);
    const failures = restart ? 1 : row.failures + 1;
    this.rows.set(key, {
      failures,
      windowStartedAt: restart ? now : row.windowStartedAt,
      lockedUntil: failures >= rule.maxFailures ? new Date(now.getTime() + rule.lockMs) : null,
    });
  }
  async clear(key: string) {
    this.rows.delete(key);
  }
}
