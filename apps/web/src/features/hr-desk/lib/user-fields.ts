import { ROLES, type Role, type UserView } from '@lms/contracts';
import { errorCode } from '../../../lib/error-code';
import type { MessageKey } from '../../../lib/i18n';
import type { UserFields } from '../api/users';

/** The roles an actor may give or take away: an admin any, an HR manager only learner and HR manager (as the API allows). */
export function grantableRoles(actorRoles: readonly Role[]): readonly Role[] {
  return actorRoles.includes('admin') ? ROLES : ['learner', 'hr_manager'];
}

export type FieldName = 'email' | 'displayName' | 'employeeId' | 'orgUnitId' | 'position' | 'roles' | 'password';
export type FieldProblems = Partial<Record<FieldName, MessageKey>>;

// As the API checks them (libs/server/identity/src/users/dtos/create-user.dto.ts).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPLOYEE_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** What the form can tell before it asks the server: nothing sent until these are fixed. */
export function checkUser(fields: UserFields): FieldProblems {
  const problems: FieldProblems = {};
  if (!fields.email) problems.email = 'staff.form.required';
  else if (!EMAIL.test(fields.email) || fields.email.length > 254) problems.email = 'staff.users.invalidEmail';
  if (!fields.displayName) problems.displayName = 'staff.form.required';
  else if (fields.displayName.length > 200) problems.displayName = 'staff.users.nameTooLong';
  if (fields.employeeId && !EMPLOYEE_ID.test(fields.employeeId)) problems.employeeId = 'staff.users.invalidEmployeeId';
  if (!fields.orgUnitId) problems.orgUnitId = 'staff.form.required';
  if (fields.position && fields.position.length > 200) problems.position = 'staff.users.positionTooLong';
  if (fields.roles.length === 0) problems.roles = 'staff.users.noRole';
  if (fields.password !== undefined && ([...fields.password].length < 8 || [...fields.password].length > 128)) problems.password = 'staff.users.passwordLength';
  return problems;
}

/** The server's refusals that belong to one field (a taken email or employee id), else nothing. */
export function serverFieldProblem(error: unknown): FieldProblems {
  const code = errorCode(error);
  if (code === 'identity.email-taken') return { email: 'staff.users.emailTaken' };
  if (code === 'identity.employee-id-taken') return { employeeId: 'staff.users.employeeIdTaken' };
  if (code === 'identity.weak-password') return { password: 'staff.users.weakPassword' };
  return {};
}

/** The form's fields for an existing person, or empty ones for a new person in `orgUnitId`. */
export function fieldsOf(user: UserView | undefined, orgUnitId: string): UserFields {
  return user
    ? { email: user.email, displayName: user.displayName, employeeId: user.employeeId, orgUnitId: user.orgUnitId, position: user.position, locale: user.locale, roles: user.roles, status: user.status }
    : { email: '', displayName: '', employeeId: null, orgUnitId, position: null, locale: 'lo', roles: ['learner'] };
}

/** Only what changed, for PATCH: an untouched field is not rewritten (nor a role set re-sent, which signs the person out). */
export function changedFields(before: UserFields, after: UserFields): Partial<UserFields> {
  const changes: Partial<UserFields> = {};
  for (const key of Object.keys(after) as (keyof UserFields)[]) {
    const was = before[key];
    const now = after[key];
    const same = Array.isArray(was) && Array.isArray(now) ? [...was].sort().join() === [...now].sort().join() : was === now;
    if (!same && now !== undefined) (changes as Record<string, unknown>)[key] = now;
  }
  return changes;
}

/** Typed text as the API stores it: trimmed, and an empty optional field as null. */
export function optional(text: string): string | null {
  return text.trim() ? text.trim() : null;
}
