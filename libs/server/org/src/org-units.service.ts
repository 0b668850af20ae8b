import { Injectable } from '@nestjs/common';
import type { OrgUnitNode } from '@lms/contracts';
import { pgConstraint, pgErrorCode, PG_UNIQUE_VIOLATION, type Actor } from '@lms/server-core';
import type { CreateOrgUnitDto } from './dtos/create-org-unit.dto';
import { OrgErrorCode, OrgException } from './org.exception';
import { ALL_ORGS, scopeOf } from './org-scope';
import { allowedChildKinds, buildOrgTree } from './org-tree';
import { OrgUnitsRepository } from './org-units.repository';

@Injectable()
export class OrgUnitsService {
  constructor(private readonly units: OrgUnitsRepository) {}

  /**
   * The tree as the actor should see it: an HR manager gets the subtree they manage; everyone
   * else gets the whole structure, which is public information, not personal data.
   */
  async tree(actor: Actor): Promise<OrgUnitNode[]> {
    const scope = scopeOf(actor);
    return buildOrgTree(await this.units.listInScope(scope.kind === 'subtree' ? scope : ALL_ORGS));
  }

  async create(dto: CreateOrgUnitDto, createdBy?: string): Promise<OrgUnitNode> {
    const parent = dto.parentId ? await this.units.findById(dto.parentId) : null;
    if (dto.parentId && !parent) throw new OrgException(OrgErrorCode.ParentNotFound);
    const allowed = allowedChildKinds(parent?.kind ?? null);
    const kind = dto.kind ?? allowed[0];
    if (!kind || !allowed.includes(kind)) {
      throw new OrgException(OrgErrorCode.KindNotAllowed, `under ${parent?.kind ?? 'the top'} only ${allowed.join(', ') || 'nothing'} may go`);
    }
    if (await this.units.codeExists(dto.code)) throw new OrgException(OrgErrorCode.CodeTaken, dto.code);
    try {
      const unit = await this.units.insert({ code: dto.code, nameLo: dto.name.lo, nameEn: dto.name.en, kind, parentId: parent?.id ?? null, createdBy });
      return buildOrgTree([unit])[0];
    } catch (error) {
      if (pgErrorCode(error) === PG_UNIQUE_VIOLATION && pgConstraint(error) === 'org_units_code_key') {
        throw new OrgException(OrgErrorCode.CodeTaken, dto.code);
      }
      throw error;
    }
  }
}
