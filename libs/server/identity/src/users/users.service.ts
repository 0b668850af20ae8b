import { Injectable } from '@nestjs/common';
import type { Page, Role, UserView } from '@lms/contracts';
import { AccessTokenRevocations, pageOf, pgConstraint, pgErrorCode, PG_UNIQUE_VIOLATION, SecurityLog, type Actor } from '@lms/server-core';
import { OrgUnitsRepository, scopeOf, type OrgScope } from '@lms/server-org';
import { IdentityErrorCode, IdentityException } from '../identity.exception';
import { PasswordHasher } from '../password/password-hasher';
import { passwordProblem } from '../password/password-policy';
import { RefreshTokensRepository } from '../sessions/refresh-tokens.repository';
import type { CreateUserDto } from './dtos/create-user.dto';
import type { ListUsersQuery } from './dtos/list-users.query';
import type { UpdateUserDto } from './dtos/update-user.dto';
import { changedRoles, grantableRoles, mayManage, normaliseRoles } from './role-grants';
import { toUserView } from './user.mapper';
import { UsersRepository, type UserChanges } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly securityLog: SecurityLog,
    private readonly revocations: AccessTokenRevocations,
  ) {}

  async list(actor: Actor, query: ListUsersQuery): Promise<Page<UserView>> {
    const scope = scopeOf(actor);
    if (query.orgUnitId) await this.assertOrgUnitInScope(actor, scope, query.orgUnitId);
    const { items, total } = await this.users.list(scope, {
      orgUnitId: query.orgUnitId,
      q: query.q,
      role: query.role,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return pageOf(items.map(toUserView), total, query);
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    return toUserView(await this.findVisible(actor, id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserView> {
    await this.assertOrgUnitInScope(actor, scopeOf(actor), dto.orgUnitId);
    const roles = normaliseRoles(dto.roles ?? []);
    this.assertMayChangeRoles(actor, ['learner'], roles);
    await this.assertIdentifiersFree(dto.email, dto.employeeId);
    const passwordHash = dto.password ? await this.hashChecked(dto.password, [dto.email, dto.employeeId]) : null;
    const user = await this.conflictsAsIdentityErrors(() => this.users.insert({
      email: dto.email,
      employeeId: dto.employeeId || null,
      displayName: dto.displayName,
      position: dto.position || null,
      locale: dto.locale ?? 'lo',
      orgUnitId: dto.orgUnitId,
      roles,
      passwordHash,
    }));
    return toUserView(user);
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserView> {
    const scope = scopeOf(actor);
    const user = await this.findVisible(actor, id);
    if (!mayManage(actor, user)) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'account of a user with a higher or equal role', { targetUserId: id });
      throw new IdentityException(IdentityErrorCode.UserNotManageable, 'You may not change the account of an admin, an instructor or an HR manager of your own unit');
    }
    const changes: UserChanges = {};
    if (dto.orgUnitId !== undefined && dto.orgUnitId !== user.orgUnitId) {
      await this.assertOrgUnitInScope(actor, scope, dto.orgUnitId);
      changes.orgUnitId = dto.orgUnitId;
    }
    if (dto.roles !== undefined) {
      const roles = normaliseRoles(dto.roles);
      if (changedRoles(user.roles, roles).length) {
        if (user.id === actor.userId) throw this.forbiddenSelfChange(actor, 'roles');
        this.assertMayChangeRoles(actor, user.roles, roles);
        changes.roles = roles;
      }
    }
    if (dto.status !== undefined && dto.status !== user.status) {
      if (user.id === actor.userId) throw this.forbiddenSelfChange(actor, 'status');
      changes.status = dto.status;
    }
    if (dto.email !== undefined || dto.employeeId !== undefined) {
      await this.assertIdentifiersFree(dto.email, dto.employeeId, user.id);
      if (dto.email !== undefined) changes.email = dto.email;
      if (dto.employeeId !== undefined) changes.employeeId = dto.employeeId || null;
    }
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.position !== undefined) changes.position = dto.position || null;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (dto.password !== undefined) {
      changes.passwordHash = await this.hashChecked(dto.password, [dto.email ?? user.email, dto.employeeId ?? user.employeeId]);
    }
    const updated = Object.keys(changes).length ? await this.conflictsAsIdentityErrors(() => this.users.update(user.id, changes)) : user;
    if (changes.status === 'disabled' || changes.passwordHash || changes.roles) {
      // A disabled user, a reset password or changed roles end every existing sign-in.
      await this.refreshTokens.revokeAllForUser(user.id);
    }
    if (changes.status === 'disabled' || changes.passwordHash || changes.roles || changes.orgUnitId) {
      // Their access tokens fail at once too. A moved user keeps their sign-ins: the next refresh
      // issues a token that carries the new org unit.
      await this.revocations.revokeUsers([user.id]);
    }
    return toUserView(updated);
  }

  /** Loads a user the actor may see; anyone else is "not found", whether or not they exist. */
  private async findVisible(actor: Actor, id: string) {
    const user = await this.users.findInScope(scopeOf(actor), id);
    if (!user) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'user not in scope or missing', { targetUserId: id });
      throw new IdentityException(IdentityErrorCode.UserNotFound, 'User not found');
    }
    return user;
  }

  private async assertOrgUnitInScope(actor: Actor, scope: OrgScope, orgUnitId: string): Promise<void> {
    if (!(await this.orgUnits.isInScope(scope, orgUnitId))) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'org unit not in scope or missing', { orgUnitId });
      throw new IdentityException(IdentityErrorCode.OrgUnitNotFound, 'Org unit not found');
    }
  }

  private assertMayChangeRoles(actor: Actor, before: Role[], after: Role[]): void {
    const grantable = grantableRoles(actor);
    const refused = changedRoles(before, after).filter((r) => !grantable.includes(r));
    if (refused.length) {
      this.securityLog.denied({ user: { userId: actor.userId } }, 'role not grantable', { refused });
      throw new IdentityException(IdentityErrorCode.RoleNotGrantable, `You may not grant or remove: ${refused.join(', ')}`);
    }
  }

  private forbiddenSelfChange(actor: Actor, what: string): IdentityException {
    this.securityLog.denied({ user: { userId: actor.userId } }, `attempt to change own ${what}`);
    return new IdentityException(IdentityErrorCode.OwnRolesOrStatus, `You cannot change your own ${what}`);
  }

  private async assertIdentifiersFree(email: string | undefined, employeeId: string | null | undefined, exceptUserId?: string): Promise<void> {
    const taken = await this.users.takenIdentifiers(email, employeeId || null, exceptUserId);
    if (taken.email) throw new IdentityException(IdentityErrorCode.EmailTaken, 'Another user has this email', [{ field: 'email' }]);
    if (taken.employeeId) throw new IdentityException(IdentityErrorCode.EmployeeIdTaken, 'Another user has this employee id', [{ field: 'employeeId' }]);
  }

  /** A concurrent writer can take an email between the check and the write: that is a 409, not a 500. */
  private async conflictsAsIdentityErrors<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorCode(error) !== PG_UNIQUE_VIOLATION) throw error;
      const employee = pgConstraint(error) === 'users_employee_id_key';
      throw new IdentityException(
        employee ? IdentityErrorCode.EmployeeIdTaken : IdentityErrorCode.EmailTaken,
        employee ? 'Another user has this employee id' : 'Another user has this email',
      );
    }
  }

  private async hashChecked(password: string, identifiers: (string | null | undefined)[]): Promise<string> {
    const problem = passwordProblem(password, identifiers);
    if (problem) throw new IdentityException(IdentityErrorCode.WeakPassword, `The password ${problem}`, [{ field: 'password', message: problem }]);
    return this.hasher.hash(password);
  }
}
