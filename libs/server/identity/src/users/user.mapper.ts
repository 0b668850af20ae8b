import type { SessionUser, UserView } from '@lms/contracts';
import type { User } from './user.entity';

/** The only ways a user leaves the API: the hash and internal columns are never copied. */
export function toUserView(u: User): UserView {
  return {
    id: u.id,
    email: u.email,
    employeeId: u.employeeId,
    displayName: u.displayName,
    position: u.position,
    locale: u.locale,
    emailOptOut: u.emailOptOut,
    orgUnitId: u.orgUnitId,
    roles: u.roles,
    status: u.status,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export function toSessionUser(u: User): SessionUser {
  return { id: u.id, email: u.email, displayName: u.displayName, roles: u.roles, orgUnitId: u.orgUnitId, locale: u.locale };
}
