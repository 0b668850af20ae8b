import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditEntry, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 25;

/** The screen's filter: `from` and `to` are days (YYYY-MM-DD) in Vientiane, both included. */
export interface AuditFilter {
  action: string;
  actorId: string;
  from: string;
  to: string;
  page: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** Midnight in Vientiane (UTC+7, no daylight saving) of a day, as an instant. */
const vientianeMidnight = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The query string GET /audit-log takes: `to` is exclusive there, so the day after the last one shown. */
export function auditQuery({ action, actorId, from, to, page }: AuditFilter): URLSearchParams {
  const query = new URLSearchParams({ page: String(page), pageSize: String(AUDIT_PAGE_SIZE) });
  if (action) query.set('action', action);
  if (actorId) query.set('actorId', actorId);
  if (from) query.set('from', vientianeMidnight(from).toISOString());
  if (to) query.set('to', new Date(vientianeMidnight(to).getTime() + DAY_MS).toISOString());
  return query;
}

/** GET /audit-log (admin): newest first, filtered and paged. */
export function useAuditLog(filter: AuditFilter) {
  const query = auditQuery(filter).toString();
  return useQuery({
    queryKey: ['admin', 'audit-log', query],
    queryFn: ({ signal }) => api.get<Page<AuditEntry>>(`/audit-log?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /audit-log/actions: the actions the log holds, for the filter's choices. */
export function useAuditActions() {
  return useQuery({ queryKey: ['admin', 'audit-actions'], queryFn: ({ signal }) => api.get<string[]>('/audit-log/actions', { signal }), staleTime: 60_000 });
}
