import { useId } from 'react';
import { Link } from '../../../lib/router';
import type { EnrolmentStatus, EnrolmentView } from '@lms/contracts';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatDate } from '../../../lib/dates';
import { dueInWords } from '../lib/due';
import { ProgressBar } from './progress-bar';

const STATUS: Record<EnrolmentStatus, MessageKey> = {
  not_started: 'learning.status.not_started',
  in_progress: 'learning.status.in_progress',
  completed: 'learning.status.completed',
};

/** An open course: title, badges, due date, progress, and the way back in. */
export function EnrolmentCard({ enrolment }: { enrolment: EnrolmentView }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { course } = enrolment;
  const due = dueInWords(enrolment, t, locale);
  const starting = enrolment.status === 'not_started';
  const vars = { title: course.title };

  return (
    <article
      className={['learning-card', enrolment.overdue ? 'learning-card--overdue' : ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      data-testid="enrolment-card"
    >
      <h3 className="learning-card__title" id={titleId} lang={course.locale}>
        {course.title}
      </h3>
      <ul className="chips">
        {enrolment.overdue && <li className="badge badge--error">{t('learning.badge.overdue')}</li>}
        {enrolment.mandatory && <li className="badge badge--warning">{t('learning.badge.mandatory')}</li>}
        <li className={`badge ${enrolment.status === 'completed' ? 'badge--success' : 'badge--quiet'}`}>{t(STATUS[enrolment.status])}</li>
      </ul>
      {enrolment.dueAt && (
        <p className={['learning-due', enrolment.overdue ? 'learning-due--overdue' : ''].filter(Boolean).join(' ')}>
          <span className="learning-due__words">{due}</span>{' '}
          <time className="learning-due__date" dateTime={enrolment.dueAt}>
            {t('learning.due.date', { date: formatDate(enrolment.dueAt, locale) })}
          </time>
        </p>
      )}
      <ProgressBar percent={enrolment.progressPercent} />
      <div className="learning-card__actions">
        <Link
          className={`btn ${starting ? 'btn--primary' : 'btn--secondary'} learning-card__action`}
          to={`/courses/${encodeURIComponent(course.id)}`}
          aria-label={t(starting ? 'learning.action.startCourse' : 'learning.action.continueCourse', vars)}
        >
          {t(starting ? 'learning.action.start' : 'learning.action.continue')}
        </Link>
      </div>
    </article>
  );
}

/** A completed course, kept short: when, until when for a recurring one, the certificate, a way to look back. */
export function CompletedCard({ enrolment }: { enrolment: EnrolmentView }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const { course } = enrolment;
  const vars = { title: course.title };

  return (
    <article className="learning-card learning-card--completed" aria-labelledby={titleId} data-testid="completed-card">
      <h3 className="learning-card__title" id={titleId} lang={course.locale}>
        {course.title}
      </h3>
      {enrolment.completedAt && (
        <p className="learning-card__meta">
          <time dateTime={enrolment.completedAt}>{t('learning.completedOn', { date: formatDate(enrolment.completedAt, locale) })}</time>
        </p>
      )}
      {enrolment.expiresAt && (
        <p className="learning-card__meta muted">
          <time dateTime={enrolment.expiresAt}>{t('learning.renewsOn', { date: formatDate(enrolment.expiresAt, locale) })}</time>
        </p>
      )}
      <div className="learning-card__actions learning-card__actions--split">
        {enrolment.certificateId && (
          <Link
            className="btn btn--primary learning-card__action"
            to={`/certificates#certificate-${encodeURIComponent(enrolment.certificateId)}`}
            aria-label={t('learning.certificate.viewCourse', vars)}
          >
            {t('learning.certificate.view')}
          </Link>
        )}
        <Link
          className="btn btn--ghost learning-card__action"
          to={`/courses/${encodeURIComponent(course.id)}`}
          aria-label={t('learning.action.reviewCourse', vars)}
        >
          {t('learning.action.review')}
        </Link>
      </div>
    </article>
  );
}
