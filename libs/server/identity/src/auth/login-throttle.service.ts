import { Injectable } from '@nestjs/common';
import { Clock } from '@lms/server-core';
import { LoginThrottleRepository, type ThrottleRule } from '../throttle/login-throttle.repository';

const FIFTEEN_MINUTES = 15 * 60_000;

/** CONTRACT.md: 5 consecutive failures lock an account, 50 in 15 minutes lock a client address, each for 15 minutes. */
export const ACCOUNT_RULE: ThrottleRule = { maxFailures: 5, windowMs: null, lockMs: FIFTEEN_MINUTES };
export const ADDRESS_RULE: ThrottleRule = { maxFailures: 50, windowMs: FIFTEEN_MINUTES, lockMs: FIFTEEN_MINUTES };

@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly throttles: LoginThrottleRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The account key is the user's id when the login names a user and the typed login otherwise,
   * so unknown and known accounts lock alike and nothing is learnt from a 429.
   */
  static accountKey(login: string, userId: string | undefined): string {
    return userId ? `account:${userId}` : `login:${login.trim().toLowerCase()}`;
  }

  static addressKey(ip: string): string {
    return `address:${ip}`;
  }

  /** Seconds until the lock ends, or 0 when the attempt may proceed. */
  async retryAfterSeconds(accountKey: string, addressKey: string): Promise<number> {
    const now = this.clock.now();
    const until = await this.throttles.lockedUntil([accountKey, addressKey], now);
    return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) : 0;
  }

  async failed(accountKey: string, addressKey: string): Promise<void> {
    const now = this.clock.now();
    await this.throttles.recordFailure(accountKey, ACCOUNT_RULE, now);
    await this.throttles.recordFailure(addressKey, ADDRESS_RULE, now);
  }

  async succeeded(accountKey: string): Promise<void> {
    await this.throttles.clear(accountKey);
  }
}
