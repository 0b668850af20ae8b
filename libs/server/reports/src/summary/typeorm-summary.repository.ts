import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SummaryRow } from '@lms/contracts';
import { SUMMARY_SQL } from './summary-sql';
import { filterParams, type ReportFilter } from '../report-filter';
import { SummaryRepository } from './summary.repository';

/** The summary from the rollup; the query and why it is written so are in summary-sql.ts. */
@Injectable()
export class TypeOrmSummaryRepository extends SummaryRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {
    super();
  }

  async summary(filter: ReportFilter): Promise<SummaryRow[] | null> {
    const rows: (Omit<SummaryRow, 'completionRate'> & { isUnit: boolean })[] = await this.ds.query(SUMMARY_SQL, filterParams(filter));
    if (!rows.length) return null;
    return rows.map(({ isUnit: _isUnit, ...r }) => ({ ...r, completionRate: r.enrolled ? r.completed / r.enrolled : 0 }));
  }
}
