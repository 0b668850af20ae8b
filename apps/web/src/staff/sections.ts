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
];

export function sectionsFor(roles: readonly Role[]): StaffSection[] {
  return STAFF_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}
