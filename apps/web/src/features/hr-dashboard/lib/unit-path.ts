import type { OrgUnitNode } from '@lms/contracts';

/** The units from the top of the reader's tree down to the unit, itself last; empty when the tree does not hold it. */
export function unitPath(tree: readonly OrgUnitNode[], unitId: string): OrgUnitNode[] {
  for (const node of tree) {
    if (node.id === unitId) return [node];
    const below = unitPath(node.children, unitId);
    if (below.length) return [node, ...below];
  }
  return [];
}
