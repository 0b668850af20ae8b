import type { SummaryRow } from '@lms/contracts';
import type { ReportFilter } from '../report-filter';

/** Storage port for the HR summary: a unit and each of its children, counted over their subtrees. */
export abstract class SummaryRepository {
  /** The unit's row first, then its children's by name; null when the unit does not exist. */
  abstract summary(filter: ReportFilter): Promise<SummaryRow[] | null>;
}
