import type { Locale, Role, UserStatus } from '@lms/contracts';
import type { OrgScope } from '@lms/server-org';
import type { User } from './user.entity';

export interface UserListFilter {
  /** Users in this unit's subtree. */
  orgUnitId?: string;
  q?: string;
  role?: Role;
  offset: number;
  limit: number;
}

export interface NewUser {
  email: string;
  employeeId: string | null;
  displayName: string;
  position: string | null;
  locale: Locale;
  orgUnitId: string;
  roles: Role[];
  passwordHash: string | null;
}

export type UserChanges = Partial<Omit<NewUser, 'passwordHash'>> & { status?: UserStatus; passwordHash?: string; emailOptOut?: boolean };

/** One row of a users import, already validated. */
export interface ImportedUser {
  email: string;
  employeeId: string | null;
  displayName: string;
  position: string | null;
  locale: Locale;
  orgUnitId: string;
}

/** The users table's storage port: one method per purpose. */
export abstract class UsersRepository {
  abstract findById(id: string): Promise<User | null>;
  /** The user, if their org unit lies inside the scope. */
  abstract findInScope(scope: OrgScope, id: string): Promise<User | null>;
  /** By email (any case) or employee id. */
  abstract findByLogin(login: string): Promise<User | null>;
  abstract findByEmail(email: string): Promise<User | null>;
  abstract list(scope: OrgScope, filter: UserListFilter): Promise<{ items: User[]; total: number }>;
  /** Which of these identifiers already belong to someone other than exceptUserId. */
  abstract takenIdentifiers(email: string | undefined, employeeId: string | null | undefined, exceptUserId?: string): Promise<{ email: boolean; employeeId: boolean }>;
  abstract insert(user: NewUser): Promise<User>;
  abstract update(id: string, changes: UserChanges): Promise<User>;
  abstract findByEmails(emails: string[]): Promise<User[]>;
  abstract findByEmployeeIds(employeeIds: string[]): Promise<User[]>;
  /** Inserts new users and updates changed ones in one transaction; unchanged rows are left alone. */
  abstract applyImport(creates: ImportedUser[], updates: (ImportedUser & { id: string })[]): Promise<{ created: number; updated: number }>;
}
