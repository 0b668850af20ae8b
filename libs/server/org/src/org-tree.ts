import type { OrgUnitKind, OrgUnitNode } from '@lms/contracts';
import type { OrgUnit } from './org-unit.entity';

/** Builds nested nodes from units ordered parents first; units whose parent is absent become roots. */
export function buildOrgTree(units: OrgUnit[]): OrgUnitNode[] {
  const nodes = new Map<string, OrgUnitNode>();
  const roots: OrgUnitNode[] = [];
  for (const u of units) {
    const node: OrgUnitNode = { id: u.id, code: u.code, name: { lo: u.nameLo, en: u.nameEn }, kind: u.kind, parentId: u.parentId, children: [] };
    nodes.set(u.id, node);
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Which kinds of unit may sit under which; null is the top of the tree. */
const CHILD_KINDS: Record<OrgUnitKind | 'root', OrgUnitKind[]> = {
  root: ['ministry', 'province', 'institute'],
  ministry: ['department', 'institute'],
  institute: ['division'],
  department: ['division'],
  division: [],
  province: ['district', 'department'],
  district: ['division'],
};

export function allowedChildKinds(parentKind: OrgUnitKind | null): OrgUnitKind[] {
  return CHILD_KINDS[parentKind ?? 'root'];
}
