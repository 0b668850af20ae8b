import type { Locale } from './roles';

/**
 * One row of GET /reports/overdue: an active person's enrolment that is not completed and whose
 * due date has passed, in the asked unit's subtree (contract-additions.md, Reports).
 */
export interface OverdueRow {
  enrolmentId: string;
  userId: string;
  displayName: string;
  email: string;
  /** The person's own unit, its name in the asker's language. */
  orgUnitId: string;
  orgUnitName: string;
  courseId: string;
  courseTitle: string;
  /** The course's language, for the title's `lang`. */
  courseLocale: Locale;
  dueAt: string;
  progressPercent: number;
}
