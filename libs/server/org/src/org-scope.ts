import type { Actor } from '@lms/server-core';

/**
 * What part of the organisation an actor may see: everything (admin), the subtree under one
 * unit (HR manager), or no one but themselves. Every repository method that lists or loads
 * people takes one, so a query cannot forget it.
 */
export type OrgScope = { kind: 'all' } | { kind: 'subtree'; rootId: string } | { kind: 'none' };

export const ALL_ORGS: OrgScope = { kind: 'all' };

export function scopeOf(actor: Actor): OrgScope {
  if (actor.roles.includes('admin')) return ALL_ORGS;
  if (actor.roles.includes('hr_manager')) return { kind: 'subtree', rootId: actor.orgUnitId };
  return { kind: 'none' };
}

/**
 * A SQL condition that holds when the org unit in `orgUnitIdColumn` lies inside the scope, with
 * its parameters. It is a btree range scan on org_units.path.
 */
export function scopeCondition(scope: OrgScope, orgUnitIdColumn: string, param = 'scopeRootId'): { sql: string; params: Record<string, unknown> } {
  switch (scope.kind) {
    case 'all':
      return { sql: 'TRUE', params: {} };
    case 'none':
      return { sql: 'FALSE', params: {} };
    case 'subtree':
      return {
        sql: `${orgUnitIdColumn} IN (
          SELECT inner_ou.id FROM org_units inner_ou, org_units scope_root
          WHERE scope_root.id = :${param}
            AND inner_ou.path >= scope_root.path AND inner_ou.path < scope_root.path || '~')`,
        params: { [param]: scope.rootId },
      };
  }
}
