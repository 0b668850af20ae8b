import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OverdueRow, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { DASHBOARD_KEY } from './dashboard-key';

export const OVERDUE_PAGE_SIZE = 20;

/** GET /reports/overdue: who in the unit's subtree is past a due date, oldest due first, a page at a time; null asks for nothing. */
export function useOverdue(query: URLSearchParams | null, page: number) {
  const params = new URLSearchParams(query ?? undefined);
  params.set('page', String(page));
  params.set('pageSize', String(OVERDUE_PAGE_SIZE));
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'overdue', String(params)],
    queryFn: ({ signal }) => api.get<Page<OverdueRow>>(`/reports/overdue?${params}`, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
