import type { OverdueRow } from '@lms/contracts';
import type { ReportFilter } from '../report-filter';

/** Storage port for the overdue list: who in a unit's subtree is past a due date, person by person. */
export abstract class OverdueRepository {
  /** One page, oldest due first, and how many there are in all. */
  abstract overdue(filter: ReportFilter, page: { offset: number; limit: number }): Promise<{ items: OverdueRow[]; total: number }>;
}
