import { useQuery } from '@tanstack/react-query';
import type { OrgUnitNode } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const orgUnitsQueryKey = ['org-units'] as const;

/** GET /org-units: the tree of org units visible to the user. */
export function getOrgUnits(): Promise<OrgUnitNode[]> {
  return api.get<OrgUnitNode[]>('/org-units');
}

export function useOrgUnits() {
  return useQuery({ queryKey: orgUnitsQueryKey, queryFn: getOrgUnits, staleTime: 10 * 60_000 });
}

export function findOrgUnit(nodes: readonly OrgUnitNode[] | undefined, id: string): OrgUnitNode | undefined {
  for (const node of nodes ?? []) {
    if (node.id === id) return node;
    const found = findOrgUnit(node.children, id);
    if (found) return found;
  }
  return undefined;
}
