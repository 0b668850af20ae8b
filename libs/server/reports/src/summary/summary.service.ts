import { Injectable } from '@nestjs/common';
import type { ReportSummary } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import { OrgUnitsRepository, scopeOf } from '@lms/server-org';
import { ReportsErrorCode, ReportsException } from '../reports.exception';
import { SummaryRepository } from './summary.repository';

/** The HR rollup: a unit and its children, for units inside the asker's part of the tree only. */
@Injectable()
export class SummaryService {
  constructor(
    private readonly summaries: SummaryRepository,
    private readonly orgUnits: OrgUnitsRepository,
    private readonly clock: Clock,
  ) {}

  /** Without a unit: the asker's own (an HR manager's root). A unit outside the asker's scope is 404, as one that does not exist. */
  async summary(actor: Actor, orgUnitId: string | undefined, courseId: string | undefined): Promise<ReportSummary> {
    const unitId = orgUnitId ?? actor.orgUnitId;
    if (!(await this.orgUnits.isInScope(scopeOf(actor), unitId))) throw new ReportsException(ReportsErrorCode.UnitNotFound, 'Organisation unit not found');
    const rows = await this.summaries.summary({ orgUnitId: unitId, courseId: courseId ?? null, locale: actor.locale, now: this.clock.now() });
    if (!rows) throw new ReportsException(ReportsErrorCode.UnitNotFound, 'Organisation unit not found');
    const [unit, ...children] = rows;
    return { unit, children };
  }
}
