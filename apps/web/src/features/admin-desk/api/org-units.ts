import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LocalizedText, OrgUnitKind, OrgUnitNode } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export interface NewOrgUnit {
  code: string;
  name: LocalizedText;
  parentId?: string;
  kind?: OrgUnitKind;
}

const ORG_TREE_KEY = ['admin', 'org-units'] as const;

/** GET /org-units: for an admin, the whole tree. */
export function useAdminOrgTree() {
  return useQuery({ queryKey: ORG_TREE_KEY, queryFn: ({ signal }) => api.get<OrgUnitNode[]>('/org-units', { signal }) });
}

/** POST /org-units (admin): the tree is read again, here and wherever the staff app chooses a unit. */
export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (unit: NewOrgUnit) => api.post<OrgUnitNode>('/org-units', unit),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ORG_TREE_KEY }), queryClient.invalidateQueries({ queryKey: ['hr', 'org-units'] })]);
    },
  });
}
