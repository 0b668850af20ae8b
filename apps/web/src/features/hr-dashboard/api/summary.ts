import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportSummary } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { DASHBOARD_KEY } from './dashboard-key';

/** GET /reports/summary: the unit's figures and its children's, counted over their subtrees; null asks for nothing (a reversed date range). */
export function useReportSummary(query: URLSearchParams | null) {
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'summary', String(query)],
    queryFn: ({ signal }) => api.get<ReportSummary>(`/reports/summary?${query}`, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
