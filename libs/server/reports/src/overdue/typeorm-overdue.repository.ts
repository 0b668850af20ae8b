import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OverdueRow } from '@lms/contracts';
import { filterParams, type ReportFilter } from '../report-filter';
import { OVERDUE_SQL } from './overdue-sql';
import { OverdueRepository } from './overdue.repository';

/** A row of OVERDUE_SQL: the count, and a person's enrolment (all null past the last page). */
type OverdueSqlRow = { total: number } & Omit<OverdueRow, 'dueAt'> & { dueAt: Date };

/** The overdue list from enrolments; the query and why it is written so are in overdue-sql.ts. */
@Injectable()
export class TypeOrmOverdueRepository extends OverdueRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async overdue(filter: ReportFilter, page: { offset: number; limit: number }): Promise<{ items: OverdueRow[]; total: number }> {
    const rows: OverdueSqlRow[] = await this.ds.query(OVERDUE_SQL, [...filterParams(filter), page.limit, page.offset]);
    // A page past the end is one row with the count and nulls (LEFT JOIN LATERAL).
    const items = rows.filter((r) => r.enrolmentId !== null).map(({ total: _total, dueAt, ...r }) => ({ ...r, dueAt: dueAt.toISOString() }) as OverdueRow);
    return { total: rows[0]?.total ?? 0, items };
  }
}
