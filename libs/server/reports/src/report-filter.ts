import type { CourseCategory, Locale } from '@lms/contracts';
import type { ReportFilterDto } from './dtos/report-filter.dto';

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

/** The filters a request names (a summary's query, an export's body), each null when it names none. */
export function filtersOf(dto: ReportFilterDto): Pick<ReportFilter, 'courseId' | 'category' | 'assignmentId' | 'from' | 'to'> {
  return { courseId: dto.courseId ?? null, category: dto.category ?? null, assignmentId: dto.assignmentId ?? null, from: dto.from ?? null, to: dto.to ?? null };
}

/** The filter as the SQL of a summary or an overdue list reads it: $1 to $8, in this order. */
export function filterParams(filter: ReportFilter): unknown[] {
  return [filter.orgUnitId, filter.locale, filter.now, filter.courseId, filter.category, filter.assignmentId, filter.from, filter.to];
}
