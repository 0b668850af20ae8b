import type { Locale, Role } from './roles';

export type UserStatus = 'active' | 'disabled';

export interface UserView {
  id: string;
  email: string;
  employeeId: string | null;
  displayName: string;
  position: string | null;
  locale: Locale;
  /** The user turned reminder emails off. */
  emailOptOut: boolean;
  orgUnitId: string;
  roles: Role[];
  status: UserStatus;
  createdAt: string;
  updatedAt: string;
}

export interface UsersImportResult {
  created: number;
  updated: number;
}

export const USERS_IMPORT_HEADER = ['email', 'displayName', 'employeeId', 'orgUnitCode', 'position', 'locale'] as const;
