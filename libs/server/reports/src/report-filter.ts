import type { CourseCategory, Locale } from '@lms/contracts';

/** What a summary or an export counts: a unit's subtree, and which enrolments (each filter null for all). */
export interface ReportFilter {
  orgUnitId: string;
  courseId: string | null;
  category: CourseCategory | null;
  assignmentId: string | null;
  /** YYYY-MM-DD: enrolled on or after this day, Vientiane time */
  from: string | null;
  /** YYYY-MM-DD: enrolled on or before this day, Vientiane time */
  to: string | null;
  /** The language of names and words in the answer. */
  locale: Locale;
  now: Date;
}
