import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompetenceArea, SkillsTarget } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { DASHBOARD_KEY } from '../../hr-dashboard/api/dashboard-key';

const TARGETS_KEY = ['admin', 'skills-targets'] as const;

/** GET /reports/skills/targets: the share of staff each competence area aims at. */
export function useSkillsTargets() {
  return useQuery({ queryKey: TARGETS_KEY, queryFn: ({ signal }) => api.get<SkillsTarget[]>('/reports/skills/targets', { signal }) });
}

/** PUT /reports/skills/targets (admin, audited): answers the whole list, which replaces the one shown. */
export function useSaveSkillsTargets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targets: { area: CompetenceArea; targetShare: number }[]) => api.put<SkillsTarget[]>('/reports/skills/targets', { targets }),
    onSuccess: (saved) => {
      queryClient.setQueryData(TARGETS_KEY, saved);
      // The dashboard's progress figures are measured against the targets.
      void queryClient.invalidateQueries({ queryKey: DASHBOARD_KEY });
    },
  });
}
