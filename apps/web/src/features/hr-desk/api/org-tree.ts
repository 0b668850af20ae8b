import { useQuery } from '@tanstack/react-query';
import type { OrgUnitNode } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** GET /org-units: the HR manager's own subtree (an admin's: the whole tree). It changes rarely. */
export function useOrgTree() {
  return useQuery({ queryKey: ['hr', 'org-units'], queryFn: ({ signal }) => api.get<OrgUnitNode[]>('/org-units', { signal }), staleTime: 5 * 60_000 });
}
