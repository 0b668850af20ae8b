import type { Role } from '@lms/contracts';
import type { Actor } from '@lms/server-core';

/**
 * Which roles an actor may give or take away. An HR manager may make someone in their subtree an
 * HR manager (whose scope is then smaller than theirs) but not an instructor or an admin.
 */
export function grantableRoles(actor: Actor): Role[] {
  if (actor.roles.includes('admin')) return ['learner', 'instructor', 'hr_manager', 'admin'];
  if (actor.roles.includes('hr_manager')) return ['learner', 'hr_manager'];
  return [];
}

/**
 * Whether the actor may change another person's account at all (email, password, status, unit,
 * name, roles). An admin may change anyone's. An HR manager may change those with no role above
 * theirs: learners, and HR managers of the units below their own, never an admin, an instructor
 * or a fellow HR manager of their own unit. A password they set, or an email they changed, would
 * let them sign in as that person. Their own account is theirs (roles and status excepted).
 */
export function mayManage(actor: Actor, target: { id: string; roles: Role[]; orgUnitId: string }): boolean {
  if (actor.roles.includes('admin') || target.id === actor.userId) return true;
  if (!actor.roles.includes('hr_manager')) return false;
  if (target.roles.includes('admin') || target.roles.includes('instructor')) return false;
  return !(target.roles.includes('hr_manager') && target.orgUnitId === actor.orgUnitId);
}

/** Every user is a learner; the list is kept sorted and without repeats. */
export function normaliseRoles(roles: Role[]): Role[] {
  const order: Role[] = ['learner', 'instructor', 'hr_manager', 'admin'];
  const set = new Set<Role>(['learner', ...roles]);
  return order.filter((r) => set.has(r));
}

/** The roles that change between two lists, in either direction. */
export function changedRoles(before: Role[], after: Role[]): Role[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...new Set([...before, ...after])].filter((r) => a.has(r) !== b.has(r));
}
