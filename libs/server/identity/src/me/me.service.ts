import { Injectable } from '@nestjs/common';
import type { UserView } from '@lms/contracts';
import { AccessTokenRevocations, type Actor } from '@lms/server-core';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { PasswordHasher } from '../password/password-hasher';
import { passwordProblem } from '../password/password-policy';
import { RefreshTokensRepository } from '../sessions/refresh-tokens.repository';
import { toUserView } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import type { ChangePasswordDto } from './dtos/change-password.dto';
import type { UpdateMeDto } from './dtos/update-me.dto';

@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  async get(actor: Actor): Promise<UserView> {
    return toUserView(await this.load(actor));
  }

  async update(actor: Actor, dto: UpdateMeDto): Promise<UserView> {
    const user = await this.load(actor);
    if (dto.displayName === undefined && dto.locale === undefined && dto.emailOptOut === undefined) return toUserView(user);
    return toUserView(await this.users.update(user.id, { displayName: dto.displayName, locale: dto.locale, emailOptOut: dto.emailOptOut }));
  }

  /**
   * Changes the password and signs out every other session of the user: their refresh tokens are
   * revoked and their access tokens fail at once. The caller's own session goes on.
   */
  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<void> {
    const user = await this.load(actor);
    if (!user.passwordHash || !(await this.hasher.verify(user.passwordHash, dto.currentPassword))) {
      throw new IdentityException(IdentityErrorCode.WrongCurrentPassword, 'The current password is wrong', [{ field: 'currentPassword' }]);
    }
    const problem = passwordProblem(dto.newPassword, [user.email, user.employeeId]);
    if (problem) throw new IdentityException(IdentityErrorCode.WeakPassword, `The new password ${problem}`, [{ field: 'newPassword', message: problem }]);
    await this.users.update(user.id, { passwordHash: await this.hasher.hash(dto.newPassword) });
    await this.refreshTokens.revokeAllForUser(user.id, actor.sessionId ?? undefined);
    await this.revocations.revokeUsers([user.id], { exceptSessionId: actor.sessionId ?? undefined });
  }

  private async load(actor: Actor) {
    const user = await this.users.findById(actor.userId);
    if (!user || user.status !== 'active') throw new IdentityException(IdentityErrorCode.UserNotFound, 'User not found');
    return user;
  }
}
