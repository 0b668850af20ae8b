import type { EnrolmentView } from '@lms/contracts';
import type { Locale, TFunction } from '../../../lib/i18n';
import { calendarDaysFromToday, pluralCategory } from '../../../lib/dates';

/** The due date in words, relative to today in Vientiane: "Due in 3 days", "2 days overdue". */
export function dueInWords(enrolment: Pick<EnrolmentView, 'dueAt' | 'overdue'>, t: TFunction, locale: Locale, now: Date = new Date()): string | null {
  if (!enrolment.dueAt) return null;
  const days = calendarDaysFromToday(enrolment.dueAt, now);
  // The server decides what is overdue (it knows the exact time); the words follow the calendar.
  if (enrolment.overdue || days < 0) {
    if (days >= 0) return t('learning.due.overdueToday');
    const count = -days;
    return t(pluralCategory(count, locale) === 'one' ? 'learning.due.overdueDays.one' : 'learning.due.overdueDays.other', { count });
  }
  if (days === 0) return t('learning.due.today');
  if (days === 1) return t('learning.due.tomorrow');
  return t(pluralCategory(days, locale) === 'one' ? 'learning.due.inDays.one' : 'learning.due.inDays.other', { count: days });
}

export interface LearningSections {
  /** Overdue ones, then those assigned by HR, then the rest not started; the server's order otherwise. */
  todo: EnrolmentView[];
  /** Courses the learner chose and has started. */
  inProgress: EnrolmentView[];
  completed: EnrolmentView[];
}

function rank(enrolment: EnrolmentView): number {
  if (enrolment.overdue) return 0;
  if (enrolment.mandatory) return 1;
  return 2;
}

/** Splits "my learning" into its three sections. */
export function splitEnrolments(enrolments: readonly EnrolmentView[]): LearningSections {
  const open = enrolments.filter((e) => e.status !== 'completed');
  const isTodo = (e: EnrolmentView) => e.overdue || e.mandatory || e.status === 'not_started';
  // Array.prototype.sort is stable: equal ranks keep the server's order (by due date).
  const todo = open.filter(isTodo).sort((a, b) => rank(a) - rank(b));
  const inProgress = open.filter((e) => !isTodo(e));
  const completed = enrolments
    .filter((e) => e.status === 'completed')
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  return { todo, inProgress, completed };
}
