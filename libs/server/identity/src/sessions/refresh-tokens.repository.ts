import type { RefreshToken } from './refresh-token.entity';

export interface NewRefreshToken {
  userId: string;
  familyId: string;
  tokenHash: Buffer;
  expiresAt: Date;
}

/** Storage port for refresh tokens. */
export abstract class RefreshTokensRepository {
  abstract insert(token: NewRefreshToken): Promise<void>;
  abstract findByHash(tokenHash: Buffer): Promise<RefreshToken | null>;
  /**
   * Marks the token spent and stores its successor, atomically. False when the token was already
   * spent or revoked (by a concurrent refresh, for example): the caller must treat it as reuse.
   */
  abstract rotate(spentId: string, next: NewRefreshToken): Promise<boolean>;
  abstract revokeFamily(familyId: string): Promise<void>;
  /** Revokes every live token of the user, except the family named (the caller's own session). */
  abstract revokeAllForUser(userId: string, exceptFamilyId?: string): Promise<void>;
}
