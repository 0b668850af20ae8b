import type { OrgScope } from './org-scope';
import type { OrgUnit } from './org-unit.entity';

export interface NewOrgUnit {
  code: string;
  nameLo: string;
  nameEn: string;
  kind: OrgUnit['kind'];
  parentId: string | null;
  /** Who added it, recorded in the audit log with the unit; absent for seeding and bootstrap. */
  createdBy?: string;
}

/** The org tree's storage port. */
export abstract class OrgUnitsRepository {
  /** Every unit inside the scope, ordered by path (parents before children). */
  abstract listInScope(scope: OrgScope): Promise<OrgUnit[]>;
  abstract findById(id: string): Promise<OrgUnit | null>;
  abstract findByCodes(codes: string[]): Promise<OrgUnit[]>;
  abstract codeExists(code: string): Promise<boolean>;
  abstract isInScope(scope: OrgScope, orgUnitId: string): Promise<boolean>;
  /** The ids among these that lie inside the scope, in one query. */
  abstract idsInScope(scope: OrgScope, orgUnitIds: string[]): Promise<Set<string>>;
  /** Inserts the unit with its path derived from the parent's. */
  abstract insert(unit: NewOrgUnit): Promise<OrgUnit>;
}
