import { Injectable } from '@nestjs/common';
import type { OverdueRow, Page } from '@lms/contracts';
import { Clock, pageOf, type Actor } from '@lms/server-core';
import { filtersOf } from '../report-filter';
import { ReportScope } from '../report-scope';
import type { OverdueQueryDto } from './overdue-query.dto';
import { OverdueRepository } from './overdue.repository';

/** Who is overdue in a unit's subtree, for units inside the asker's part of the tree only (ReportScope). */
@Injectable()
export class OverdueService {
  constructor(
    private readonly overdue: OverdueRepository,
    private readonly scope: ReportScope,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, query: OverdueQueryDto): Promise<Page<OverdueRow>> {
    const unitId = await this.scope.unitFor(actor, query);
    const filter = { orgUnitId: unitId, ...filtersOf(query), locale: actor.locale, now: this.clock.now() };
    const { items, total } = await this.overdue.overdue(filter, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize });
    return pageOf(items, total, query);
  }
}
