import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import { scopeCondition, type OrgScope } from './org-scope';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitsRepository, type NewOrgUnit } from './org-units.repository';

@Injectable()
export class TypeOrmOrgUnitsRepository extends OrgUnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get repo() {
    return this.dataSource.getRepository(OrgUnit);
  }

  listInScope(scope: OrgScope): Promise<OrgUnit[]> {
    const { sql, params } = scopeCondition(scope, 'ou.id');
    return this.repo.createQueryBuilder('ou').where(sql, params).orderBy('ou.path', 'ASC').getMany();
  }

  findById(id: string): Promise<OrgUnit | null> {
    return this.repo.findOneBy({ id });
  }

  findByCodes(codes: string[]): Promise<OrgUnit[]> {
    return codes.length ? this.repo.findBy({ code: In(codes) }) : Promise.resolve([]);
  }

  async codeExists(code: string): Promise<boolean> {
    return this.repo.existsBy({ code });
  }

  async isInScope(scope: OrgScope, orgUnitId: string): Promise<boolean> {
    const { sql, params } = scopeCondition(scope, 'ou.id');
    return this.repo.createQueryBuilder('ou').where('ou.id = :orgUnitId', { orgUnitId }).andWhere(sql, params).getExists();
  }

  async idsInScope(scope: OrgScope, orgUnitIds: string[]): Promise<Set<string>> {
    if (!orgUnitIds.length) return new Set();
    const { sql, params } = scopeCondition(scope, 'ou.id');
    const rows = await this.repo.createQueryBuilder('ou').select('ou.id', 'id').where('ou.id IN (:...orgUnitIds)', { orgUnitIds }).andWhere(sql, params).getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async insert(unit: NewOrgUnit): Promise<OrgUnit> {
    const id = randomUUID();
    // One statement, so the unit and its audit row exist together or not at all.
    const rows: OrgUnit[] = await this.dataSource.query(
      `WITH unit AS (
         INSERT INTO org_units (id, code, name_lo, name_en, kind, parent_id, path)
         SELECT $1::uuid, $2, $3, $4, $5, $6::uuid, COALESCE((SELECT path FROM org_units WHERE id = $6::uuid), '/') || $1::text || '/'
         RETURNING id, code, kind, parent_id),
       audit AS (
         INSERT INTO audit_log (actor_id, action, org_unit_id, subject_id, details)
         SELECT $7::uuid, 'org.unit.created', unit.id, unit.id, jsonb_build_object('code', unit.code, 'kind', unit.kind, 'parentId', unit.parent_id)
         FROM unit WHERE $7::uuid IS NOT NULL)
       SELECT id FROM unit`,
      [id, unit.code, unit.nameLo, unit.nameEn, unit.kind, unit.parentId, unit.createdBy ?? null],
    );
    return (await this.findById(rows[0].id))!;
  }
}
