import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TokenPair } from '@lms/contracts';
import { APP_CONFIG, Clock, type AccessTokenClaims, type AppConfig } from '@lms/server-core';
import type { User } from '../users/user.entity';
import { RefreshTokensRepository, type NewRefreshToken } from '../sessions/refresh-tokens.repository';

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** Issues access tokens (JWT, 15 minutes) and opaque refresh tokens (random, stored hashed). */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new sign-in: a new token family. */
  async issue(user: User): Promise<TokenPair> {
    const familyId = randomUUID();
    const { token, record } = this.newRefreshToken(user.id, familyId);
    await this.refreshTokens.insert(record);
    return this.pair(user, familyId, token);
  }

  /** The successor pair for a refresh, in the same family; null when the old token was already spent. */
  async rotate(user: User, spentId: string, familyId: string): Promise<TokenPair | null> {
    const { token, record } = this.newRefreshToken(user.id, familyId);
    if (!(await this.refreshTokens.rotate(spentId, record))) return null;
    return this.pair(user, familyId, token);
  }

  private async pair(user: User, familyId: string, refreshToken: string): Promise<TokenPair> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      roles: user.roles,
      org: user.orgUnitId,
      locale: user.locale,
      typ: 'access',
      sid: familyId,
      // From the clock revocation cutoffs are taken from; exp follows as iat + lifetime.
      iat: this.clock.now().getTime() / 1000,
    };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.jwt.accessTtlSeconds };
  }

  private newRefreshToken(userId: string, familyId: string): { token: string; record: NewRefreshToken } {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.config.refreshTtlDays * 86_400_000);
    return { token, record: { userId, familyId, tokenHash: hashRefreshToken(token), expiresAt } };
  }
}
