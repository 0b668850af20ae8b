import type { CourseCategory, Locale, SummaryRow } from '@lms/contracts';

/** What a summary counts: enrolments of one course, of a category's courses, of one assignment, or enrolled between two days (inclusive, Vientiane time). */
export interface SummaryFilter {
  orgUnitId: string;
  courseId: string | null;
  category: CourseCategory | null;
  assignmentId: string | null;
  /** YYYY-MM-DD */
  from: string | null;
  /** YYYY-MM-DD */
  to: string | null;
  locale: Locale;
  now: Date;
}

/** Storage port for the HR summary: a unit and each of its children, counted over their subtrees. */
export abstract class SummaryRepository {
  /** The unit's row first, then its children's by name; null when the unit does not exist. */
  abstract summary(filter: SummaryFilter): Promise<SummaryRow[] | null>;
}
