import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SkillsCoverage } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { DASHBOARD_KEY } from './dashboard-key';

/** GET /reports/skills: per competence area, the share of the unit's staff holding it, and the target share. */
export function useSkillsCoverage(orgUnitId: string | undefined) {
  const query = orgUnitId ? `?orgUnitId=${encodeURIComponent(orgUnitId)}` : '';
  return useQuery({
    queryKey: [...DASHBOARD_KEY, 'skills', orgUnitId ?? ''],
    queryFn: ({ signal }) => api.get<SkillsCoverage>(`/reports/skills${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
