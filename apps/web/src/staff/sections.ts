import type { Role } from '@lms/contracts';
import type { MessageKey } from '../lib/i18n';

/** Each screen of the staff area: where it is, who may open it, and its name in the menu. */
export interface StaffSection {
  path: string;
  roles: readonly Role[];
  label: MessageKey;
  summary: MessageKey;
}

export const STAFF_ROLES: readonly Role[] = ['instructor', 'hr_manager', 'admin'];

export const STAFF_SECTIONS: readonly StaffSection[] = [
  { path: '/staff/courses', roles: ['instructor', 'admin'], label: 'staff.section.courses', summary: 'staff.section.courses.summary' },
  { path: '/staff/grading', roles: ['instructor', 'admin'], label: 'staff.section.grading', summary: 'staff.section.grading.summary' },
  { path: '/staff/dashboard', roles: ['hr_manager', 'admin'], label: 'staff.section.dashboard', summary: 'staff.section.dashboard.summary' },
  { path: '/staff/assignments', roles: ['hr_manager', 'admin'], label: 'staff.section.assignments', summary: 'staff.section.assignments.summary' },
  { path: '/staff/users', roles: ['hr_manager', 'admin'], label: 'staff.section.users', summary: 'staff.section.users.summary' },
  { path: '/staff/exports', roles: ['hr_manager', 'admin'], label: 'staff.section.exports', summary: 'staff.section.exports.summary' },
  { path: '/staff/admin', roles: ['admin'], label: 'staff.section.admin', summary: 'staff.section.admin.summary' },
];

/** Who may open a section's screens (its own and those under it): the menu's rule, kept in one place. */
export function sectionRoles(path: string): readonly Role[] {
  const section = STAFF_SECTIONS.find((s) => s.path === path);
  if (!section) throw new Error(`no staff section ${path}`);
  return section.roles;
}

export function sectionsFor(roles: readonly Role[]): StaffSection[] {
  return STAFF_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}
