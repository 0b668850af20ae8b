import { randomUUID } from 'node:crypto';
import { OrgUnitsRepository, type NewOrgUnit, type OrgScope, type OrgUnit } from '@lms/server-org';

/** An in-memory org tree with the same path semantics as the real one. */
export class FakeOrgUnitsRepository extends OrgUnitsRepository {
  readonly units: OrgUnit[] = [];

  async listInScope(scope: OrgScope): Promise<OrgUnit[]> {
    return this.units.filter((u) => this.inScope(scope, u)).sort((a, b) => (a.path < b.path ? -1 : 1));
  }
  async findById(id: string) {
    return this.units.find((u) => u.id === id) ?? null;
  }
  async findByCodes(codes: string[]) {
    return this.units.filter((u) => codes.includes(u.code));
  }
  async codeExists(code: string) {
    return this.units.some((u) => u.code === code);
  }
  async isInScope(scope: OrgScope, orgUnitId: string) {
    const unit = this.units.find((u) => u.id === orgUnitId);
    return !!unit && this.inScope(scope, unit);
  }
  async idsInScope(scope: OrgScope, ids: string[]) {
    return new Set(this.units.filter((u) => ids.includes(u.id) && this.inScope(scope, u)).map((u) => u.id));
  }
  async insert(unit: NewOrgUnit): Promise<OrgUnit> {
    const id = randomUUID();
    const parent = unit.parentId ? this.units.find((u) => u.id === unit.parentId) : undefined;
    const row: OrgUnit = { ...unit, id, path: `${parent?.path ?? '/'}${id}/`, createdAt: new Date(), updatedAt: new Date() };
    this.units.push(row);
    return row;
  }

  private inScope(scope: OrgScope, unit: OrgUnit): boolean {
    if (scope.kind === 'all') return true;
    if (scope.kind === 'none') return false;
    const root = this.units.find((u) => u.id === scope.rootId);
    return !!root && unit.path.startsWith(root.path);
  }
}
