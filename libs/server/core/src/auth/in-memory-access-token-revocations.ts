import type { Clock } from '../time/clock';
import { AccessTokenRevocations, revocationReason, type RevocableToken, type UserCutoff } from './access-token-revocations';

/**
 * The revocation list of one process, without Redis, with the same rule and lifetimes as the
 * Redis one: for unit tests and single-process tools.
 */
export class InMemoryAccessTokenRevocations extends AccessTokenRevocations {
  private readonly endedSessions = new Map<string, number>();
  private readonly cutoffs = new Map<string, { cutoff: UserCutoff; expiresAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlSeconds = 900,
  ) {
    super();
  }

  async revokeSessions(sessionIds: string[]): Promise<void> {
    for (const id of sessionIds) this.endedSessions.set(id, this.expiry());
  }

  async revokeUsers(userIds: string[], options: { exceptSessionId?: string } = {}): Promise<void> {
    const cutoff = { notBefore: this.clock.now().getTime(), exceptSessionId: options.exceptSessionId ?? null };
    for (const id of userIds) this.cutoffs.set(id, { cutoff, expiresAt: this.expiry() });
  }

  async revocationOf(token: RevocableToken): Promise<string | null> {
    const now = this.clock.now().getTime();
    const session = this.endedSessions.get(token.sid);
    const user = this.cutoffs.get(token.sub);
    return revocationReason(
      { sessionEnded: session !== undefined && session > now, userCutoff: user && user.expiresAt > now ? user.cutoff : null },
      token,
    );
  }

  private expiry(): number {
    return this.clock.now().getTime() + this.ttlSeconds * 1000;
  }
}
