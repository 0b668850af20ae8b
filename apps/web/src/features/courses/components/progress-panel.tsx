import type { CourseEnrolment, Locale } from '@lms/contracts';
import { useEffect, useRef } from 'react';
import { Link } from '../../../lib/router';
import { Card } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDate } from '../../../lib/dates';
import { firstUnfinished, type OutlineEntry } from '../lib/outline';
import { ForwardIcon } from './icons';
import { ProgressBar } from './progress-bar';

/**
 * An enrolled learner's place in the course: status, progress, due date and the big
 * Start/Continue link to the first item not done yet.
 */
export function ProgressPanel({
  enrolment,
  entries,
  courseLocale,
  focusStart,
}: {
  enrolment: CourseEnrolment;
  entries: readonly OutlineEntry[];
  courseLocale: Locale;
  focusStart?: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const start = useRef<HTMLAnchorElement>(null);
  const next = firstUnfinished(entries);
  const started = entries.some((entry) => entry.done) || enrolment.status !== 'not_started';
  const first = entries.find((entry) => entry.path !== null);

  // Just enrolled: the Enrol button is gone, so the focus goes where the learner goes next.
  useEffect(() => {
    if (!focusStart || !start.current) return;
    start.current.focus({ preventScroll: true });
    start.current.scrollIntoView?.({ block: 'nearest' });
  }, [focusStart]);

  return (
    <Card className="course-learning" title={t('courses.course.yourProgress')}>
      <p className={`courses-status courses-status--${enrolment.status}`}>{t(`courses.status.${enrolment.status}`)}</p>
      <ProgressBar percent={enrolment.progressPercent} />
      {(enrolment.dueAt || enrolment.completedAt) && (
        <ul className="course-learning__dates">
          {enrolment.completedAt ? (
            <li>{t('courses.course.completedOn', { date: formatDate(enrolment.completedAt, locale) })}</li>
          ) : (
            enrolment.dueAt && (
              <li className={enrolment.overdue ? 'course-learning__due course-learning__due--overdue' : 'course-learning__due'}>
                <span>{t('courses.course.due', { date: formatDate(enrolment.dueAt, locale) })}</span>
                {enrolment.overdue && <span className="courses-status courses-status--overdue">{t('courses.course.overdue')}</span>}
              </li>
            )
          )}
        </ul>
      )}
      {next?.path ? (
        <Link ref={start} className="btn btn--primary btn--block course-learning__start" to={next.path} data-testid="course-start">
          <span className="course-learning__start-text">
            <span>{started ? t('courses.course.continue') : t('courses.course.start')}</span>
            <span className="course-learning__start-item">
              <span className="course-learning__start-kind">{t(`courses.kind.${next.item.kind}`)}</span>{' '}
              <span lang={courseLocale}>{next.item.title}</span>
            </span>
          </span>
          <ForwardIcon />
        </Link>
      ) : enrolment.status === 'completed' ? (
        <div className="course-learning__finished">
          <p className="course-learning__congrats">{t('courses.course.completedMessage')}</p>
          <div className="course-learning__actions">
            <Link className="btn btn--primary" to="/certificates">
              {t('courses.course.certificates')}
            </Link>
            {first?.path && (
              <Link ref={start} className="btn btn--secondary" to={first.path}>
                {t('courses.course.review')}
              </Link>
            )}
          </div>
        </div>
      ) : null}
    </Card>
  );
}
