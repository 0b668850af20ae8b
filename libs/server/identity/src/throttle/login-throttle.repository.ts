export interface ThrottleRule {
  /** Failures that trigger the lock. */
  maxFailures: number;
  /** Failures older than this no longer count; null counts consecutive failures until a success. */
  windowMs: number | null;
  lockMs: number;
}

/** Storage port for failed-login counters, kept in PostgreSQL so they hold across API instances and Redis outages. */
export abstract class LoginThrottleRepository {
  /** When the key is locked, the time the lock ends; otherwise null. */
  abstract lockedUntil(keys: string[], now: Date): Promise<Date | null>;
  abstract recordFailure(key: string, rule: ThrottleRule, now: Date): Promise<void>;
  abstract clear(key: string): Promise<void>;
}
