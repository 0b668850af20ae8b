import type { Locale, SummaryRow } from '@lms/contracts';

export interface SummaryFilter {
  orgUnitId: string;
  courseId: string | null;
  locale: Locale;
  now: Date;
}

/** Storage port for the HR summary: a unit and each of its children, counted over their subtrees. */
export abstract class SummaryRepository {
  /** The unit's row first, then its children's by name; null when the unit does not exist. */
  abstract summary(filter: SummaryFilter): Promise<SummaryRow[] | null>;
}
