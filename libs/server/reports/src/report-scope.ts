import { Injectable } from '@nestjs/common';
import type { Actor } from '@lms/server-core';
import { OrgUnitsRepository, scopeOf } from '@lms/server-org';
import { ReportsErrorCode, ReportsException } from './reports.exception';

/** Which unit a report is about, and whether the asker may see it: the same rule for summaries, exports and downloads. */
@Injectable()
export class ReportScope {
  constructor(private readonly orgUnits: OrgUnitsRepository) {}

  static unitNotFound(): ReportsException {
    return new ReportsException(ReportsErrorCode.UnitNotFound, 'Organisation unit not found');
  }

  /** Without a unit: the asker's own (an HR manager's root). A unit outside the asker's scope is 404, as one that does not exist. */
  async unitFor(actor: Actor, query: { orgUnitId?: string; from?: string; to?: string }): Promise<string> {
    if (query.from && query.to && query.from > query.to) throw new ReportsException(ReportsErrorCode.RangeReversed, 'from must not be after to');
    const unitId = query.orgUnitId ?? actor.orgUnitId;
    if (!(await this.mayRead(actor, unitId))) throw ReportScope.unitNotFound();
    return unitId;
  }

  mayRead(actor: Actor, unitId: string): Promise<boolean> {
    return this.orgUnits.isInScope(scopeOf(actor), unitId);
  }
}
