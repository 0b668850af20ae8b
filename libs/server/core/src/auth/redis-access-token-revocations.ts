import { Inject, Injectable } from '@nestjs/common';
import type { ChainableCommander, Redis } from 'ioredis';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PINO_LOGGER } from '../logging/logger';
import { REDIS } from '../redis/redis.module';
import { Clock } from '../time/clock';
import { AccessTokenRevocations, revocationReason, type RevocableToken, type UserCutoff } from './access-token-revocations';

/**
 * Longest wait for Redis. A local GET answers in well under a millisecond; past this Redis is
 * treated as away, as when the connection is down.
 */
export const REVOCATION_TIMEOUT_MS = 200;
/** While Redis is away, one warning per minute, not one per request. */
const WARN_EVERY_MS = 60_000;

export const sessionKey = (sessionId: string) => `lane:auth:ended-session:${sessionId}`;
export const userKey = (userId: string) => `lane:auth:user-cutoff:${userId}`;

/** "1780000000123" or "1780000000123 <session id>": the cutoff in milliseconds and the sign-in spared. */
export function encodeCutoff(cutoff: UserCutoff): string {
  return cutoff.exceptSessionId ? `${cutoff.notBefore} ${cutoff.exceptSessionId}` : String(cutoff.notBefore);
}

export function decodeCutoff(value: string | null): UserCutoff | null {
  if (value === null) return null;
  const [instant, exceptSessionId] = value.split(' ');
  const notBefore = Number(instant);
  return Number.isFinite(notBefore) ? { notBefore, exceptSessionId: exceptSessionId ?? null } : null;
}

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${REVOCATION_TIMEOUT_MS} ms`)), REVOCATION_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The revocation list in Redis, on the process's shared fail-fast connection (no offline queue:
 * while Redis is away a command fails at once instead of waiting). Checking a token is one MGET
 * of two keys. When Redis cannot answer, tokens are accepted on their signature and expiry
 * alone (fail-open; docs/security.md says why) and recording a revocation logs an error
 * instead of failing the sign-out or the account change that asked for it.
 */
@Injectable()
export class RedisAccessTokenRevocations extends AccessTokenRevocations {
  private readonly ttlSeconds: number;
  private lastWarnedAt = Number.NEGATIVE_INFINITY;
  private uncheckedSinceWarning = 0;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: Clock,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {
    super();
    this.ttlSeconds = config.jwt.accessTtlSeconds;
  }

  async revokeSessions(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    const pipeline = this.redis.pipeline();
    for (const id of sessionIds) pipeline.set(sessionKey(id), '1', 'EX', this.ttlSeconds);
    await this.write(pipeline, { sessionIds });
  }

  async revokeUsers(userIds: string[], options: { exceptSessionId?: string } = {}): Promise<void> {
    if (!userIds.length) return;
    const value = encodeCutoff({ notBefore: this.clock.now().getTime(), exceptSessionId: options.exceptSessionId ?? null });
    const pipeline = this.redis.pipeline();
    for (const id of userIds) pipeline.set(userKey(id), value, 'EX', this.ttlSeconds);
    await this.write(pipeline, { userIds });
  }

  async revocationOf(token: RevocableToken): Promise<string | null> {
    let session: string | null;
    let user: string | null;
    try {
      [session, user] = await withinTimeout(this.redis.mget(sessionKey(token.sid), userKey(token.sub)));
    } catch (error) {
      this.warnUnchecked(error);
      return null;
    }
    return revocationReason({ sessionEnded: session !== null, userCutoff: decodeCutoff(user) }, token);
  }

  private async write(pipeline: ChainableCommander, subject: { sessionIds?: string[]; userIds?: string[] }): Promise<void> {
    try {
      const results = await withinTimeout(pipeline.exec());
      const failed = results?.find(([error]) => error);
      if (failed) throw failed[0];
    } catch (error) {
      this.logger.error(
        { event: 'auth.revocation-not-recorded', ...subject, err: error },
        'could not record revoked access tokens in Redis: they stay usable until they expire',
      );
    }
  }

  private warnUnchecked(error: unknown): void {
    this.uncheckedSinceWarning++;
    const now = this.clock.now().getTime();
    if (now - this.lastWarnedAt < WARN_EVERY_MS) return;
    this.logger.warn(
      { event: 'auth.revocation-unchecked', tokens: this.uncheckedSinceWarning, err: error },
      'Redis is unavailable: access tokens are accepted on signature and expiry alone, without the revocation check',
    );
    this.lastWarnedAt = now;
    this.uncheckedSinceWarning = 0;
  }
}
