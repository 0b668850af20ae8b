import { Injectable } from '@nestjs/common';
import type { LoginResponse } from '@lms/contracts';
import { AccessTokenRevocations, Clock, SecurityLog, type Actor } from '@lms/server-core';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { PasswordHasher } from '../password/password-hasher';
import { RefreshTokensRepository } from '../sessions/refresh-tokens.repository';
import type { User } from '../users/user.entity';
import { toSessionUser } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import { LoginThrottleService } from './login-throttle.service';
import { hashRefreshToken, TokenService } from './token.service';

export interface ClientInfo {
  ip: string;
  reqId?: string;
}

const INVALID_CREDENTIALS = 'The login or password is wrong';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottleService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly clock: Clock,
    private readonly securityLog: SecurityLog,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  /**
   * Checks a login and password. Unknown users, wrong passwords, disabled users and users with
   * no password all fail the same way, in about the same time.
   */
  async validateLogin(login: string, password: string, client: ClientInfo): Promise<User> {
    const user = await this.users.findByLogin(login);
    const accountKey = LoginThrottleService.accountKey(login, user?.id);
    const addressKey = LoginThrottleService.addressKey(client.ip);
    const retryAfter = await this.throttle.retryAfterSeconds(accountKey, addressKey);
    if (retryAfter) {
      this.securityLog.authenticationFailed(client, 'login throttled', { retryAfter });
      throw new IdentityException(IdentityErrorCode.LoginThrottled, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfter / 60)} minutes.`, [], { retryAfter });
    }
    const ok = user?.passwordHash ? await this.hasher.verify(user.passwordHash, password) : (await this.hasher.verifyDummy(password), false);
    if (!ok || !user || user.status !== 'active') {
      await this.throttle.failed(accountKey, addressKey);
      this.securityLog.authenticationFailed(client, 'bad credentials', { userId: user?.id });
      throw new IdentityException(IdentityErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
    }
    await this.throttle.succeeded(accountKey);
    return user;
  }

  async login(user: User): Promise<LoginResponse> {
    return { ...(await this.tokens.issue(user)), user: toSessionUser(user) };
  }

  /** Rotates a refresh token. Presenting a spent one revokes every token of its sign-in. */
  async refresh(refreshToken: string, client: ClientInfo): Promise<LoginResponse> {
    const record = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    const invalid = (reason: string) => {
      this.securityLog.authenticationFailed(client, reason, { userId: record?.userId });
      return new IdentityException(IdentityErrorCode.InvalidRefreshToken, 'The refresh token is invalid, expired or already used; sign in again');
    };
    if (!record) throw invalid('unknown refresh token');
    if (record.revokedAt) throw invalid('revoked refresh token');
    if (record.rotatedAt) {
      await this.endSignIns([record.familyId]);
      throw invalid('refresh token reuse: family revoked');
    }
    if (record.expiresAt <= this.clock.now()) throw invalid('expired refresh token');
    const user = await this.users.findById(record.userId);
    if (!user || user.status !== 'active') {
      await this.endSignIns([record.familyId]);
      throw invalid('refresh for inactive user');
    }
    const pair = await this.tokens.rotate(user, record.id, record.familyId);
    if (!pair) {
      await this.endSignIns([record.familyId]);
      throw invalid('concurrent refresh token reuse: family revoked');
    }
    return { ...pair, user: toSessionUser(user) };
  }

  /**
   * Ends the caller's sign-in (the access token's) and the one the refresh token belongs to, if
   * it is the caller's. Always succeeds.
   */
  async logout(actor: Actor, refreshToken: string): Promise<void> {
    const record = await this.refreshTokens.findByHash(hashRefreshToken(refreshToken));
    const families = new Set(actor.sessionId ? [actor.sessionId] : []);
    if (record && record.userId === actor.userId) families.add(record.familyId);
    await this.endSignIns([...families]);
  }

  /** Revokes the refresh tokens of these families, then makes their access tokens fail at once. */
  private async endSignIns(familyIds: string[]): Promise<void> {
    for (const familyId of familyIds) await this.refreshTokens.revokeFamily(familyId);
    await this.revocations.revokeSessions(familyIds);
  }
}
