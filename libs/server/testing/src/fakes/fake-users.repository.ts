import { randomUUID } from 'node:crypto';
import type { OrgScope } from '@lms/server-org';
import { UsersRepository, type ImportedUser, type NewUser, type User, type UserChanges, type UserListFilter } from '@lms/server-identity';
import type { FakeOrgUnitsRepository } from './fake-org-units.repository';

export class FakeUsersRepository extends UsersRepository {
  readonly users: User[] = [];

  constructor(private readonly orgUnits: FakeOrgUnitsRepository) {
    super();
  }

  async findById(id: string) {
    return this.users.find((u) => u.id === id) ?? null;
  }
  async findInScope(scope: OrgScope, id: string) {
    const user = this.users.find((u) => u.id === id);
    return user && (await this.orgUnits.isInScope(scope, user.orgUnitId)) ? user : null;
  }
  async findByLogin(login: string) {
    const v = login.trim();
    return this.users.find((u) => u.email === v.toLowerCase()) ?? this.users.find((u) => u.employeeId === v) ?? null;
  }
  async findByEmail(email: string) {
    return this.users.find((u) => u.email === email.toLowerCase()) ?? null;
  }
  async list(scope: OrgScope, filter: UserListFilter) {
    const visible: User[] = [];
    for (const u of this.users) {
      if (!(await this.orgUnits.isInScope(scope, u.orgUnitId))) continue;
      if (filter.orgUnitId && !(await this.orgUnits.isInScope({ kind: 'subtree', rootId: filter.orgUnitId }, u.orgUnitId))) continue;
      if (filter.role && !u.roles.includes(filter.role)) continue;
      if (filter.q && !`${u.displayName} ${u.email} ${u.employeeId ?? ''}`.toLowerCase().includes(filter.q.toLowerCase())) continue;
      visible.push(u);
    }
    return { items: visible.slice(filter.offset, filter.offset + filter.limit), total: visible.length };
  }
  async takenIdentifiers(email: string | undefined, employeeId: string | null | undefined, exceptUserId?: string) {
    const others = this.users.filter((u) => u.id !== exceptUserId);
    return {
      email: !!email && others.some((u) => u.email === email.toLowerCase()),
      employeeId: !!employeeId && others.some((u) => u.employeeId === employeeId),
    };
  }
  async insert(user: NewUser): Promise<User> {
    const row: User = {
      ...user,
      email: user.email.toLowerCase(),
      id: randomUUID(),
      status: 'active',
      emailOptOut: false,
      passwordChangedAt: user.passwordHash ? new Date() : null,
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    this.users.push(row);
    return row;
  }
  async update(id: string, changes: UserChanges): Promise<User> {
    const user = this.users.find((u) => u.id === id)!;
    for (const [k, v] of Object.entries(changes)) if (v !== undefined) (user as unknown as Record<string, unknown>)[k] = v;
    user.updatedAt = new Date();
    return user;
  }
  async findByEmails(emails: string[]) {
    return this.users.filter((u) => emails.includes(u.email));
  }
  async findByEmployeeIds(ids: string[]) {
    return this.users.filter((u) => u.employeeId && ids.includes(u.employeeId));
  }
  async applyImport(creates: ImportedUser[], updates: (ImportedUser & { id: string })[]) {
    for (const c of creates) await this.insert({ ...c, roles: ['learner'], passwordHash: null });
    let updated = 0;
    for (const u of updates) {
      const existing = this.users.find((x) => x.id === u.id)!;
      const changed = (['email', 'employeeId', 'displayName', 'position', 'locale', 'orgUnitId'] as const).some((k) => existing[k] !== u[k]);
      if (changed) {
        Object.assign(existing, u);
        updated++;
      }
    }
    return { created: creates.length, updated };
  }
}
