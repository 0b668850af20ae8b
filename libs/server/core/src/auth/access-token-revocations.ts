/** The claims of a verified access token that revocation looks at. */
export interface RevocableToken {
  /** The user. */
  sub: string;
  /** The sign-in (refresh-token family). */
  sid: string;
  /** Issued at, in seconds; TokenService adds the milliseconds as decimals (see AccessTokenClaims.iat). */
  iat: number;
}

/** "Refuse this user's tokens issued before this instant, except those of this sign-in." */
export interface UserCutoff {
  /** Milliseconds since the epoch. */
  notBefore: number;
  exceptSessionId: string | null;
}

/** What the revocation list holds about one token: its sign-in and its user. */
export interface RevocationMarks {
  sessionEnded: boolean;
  userCutoff: UserCutoff | null;
}

/**
 * Why the token may no longer be used, or null. The cutoff compares milliseconds: a token issued
 * before the change is refused even in the same second, and the one issued right after it (a
 * refresh, a new sign-in) works. A whole-second iat (a token not issued by TokenService) counts
 * as issued at the start of its second.
 */
export function revocationReason(marks: RevocationMarks, token: RevocableToken): string | null {
  if (marks.sessionEnded) return 'access token of an ended sign-in';
  const cutoff = marks.userCutoff;
  if (cutoff && Math.round(token.iat * 1000) < cutoff.notBefore && token.sid !== cutoff.exceptSessionId) {
    return 'access token issued before the user’s sign-ins were ended';
  }
  return null;
}

/**
 * Access tokens are self-contained and live for JWT_ACCESS_TTL_SECONDS; this list makes the
 * revoked ones fail at once. An entry only needs to outlive the tokens it refuses, so each one
 * expires after one access-token lifetime. See docs/security.md.
 */
export abstract class AccessTokenRevocations {
  /** From now on, refuses every access token of these sign-ins (refresh-token families). */
  abstract revokeSessions(sessionIds: string[]): Promise<void>;

  /**
   * Refuses these users' access tokens issued before now (the user was disabled, their roles,
   * org unit or password changed), except those of the sign-in named, when one is.
   */
  abstract revokeUsers(userIds: string[], options?: { exceptSessionId?: string }): Promise<void>;

  /** Why the token has been revoked, or null; null also when that cannot be known right now. */
  abstract revocationOf(token: RevocableToken): Promise<string | null>;
}
