import type { MessageKey } from '../../../lib/i18n';

/** The areas of /staff/admin, in menu order; the first is shown at /staff/admin itself. */
export const ADMIN_TABS = ['org-units', 'certificates', 'skills', 'audit', 'queues', 'xapi'] as const;
export type AdminTab = (typeof ADMIN_TABS)[number];

export const tabPath = (tab: AdminTab) => `/staff/admin/${tab}`;
export const tabLabel = (tab: AdminTab): MessageKey => `staff.admin.tab.${tab}`;

/** The tab a path below /staff/admin names (its `*`): the first for none, null for one that does not exist. */
export function tabOf(rest: string | undefined): AdminTab | null {
  const segment = (rest ?? '').split('/')[0].toLowerCase();
  if (!segment) return ADMIN_TABS[0];
  return ADMIN_TABS.find((tab) => tab === segment) ?? null;
}
