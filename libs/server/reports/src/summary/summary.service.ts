import { Injectable } from '@nestjs/common';
import type { ReportSummary } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import type { ReportFilterDto } from '../dtos/report-filter.dto';
import { filtersOf } from '../report-filter';
import { ReportScope } from '../report-scope';
import { SummaryRepository } from './summary.repository';

/** The HR rollup: a unit and its children, for units inside the asker's part of the tree only. */
@Injectable()
export class SummaryService {
  constructor(
    private readonly summaries: SummaryRepository,
    private readonly scope: ReportScope,
    private readonly clock: Clock,
  ) {}

  async summary(actor: Actor, query: ReportFilterDto): Promise<ReportSummary> {
    const unitId = await this.scope.unitFor(actor, query);
    const rows = await this.summaries.summary({ orgUnitId: unitId, ...filtersOf(query), locale: actor.locale, now: this.clock.now() });
    if (!rows) throw ReportScope.unitNotFound();
    const [unit, ...children] = rows;
    return { unit, children };
  }
}
