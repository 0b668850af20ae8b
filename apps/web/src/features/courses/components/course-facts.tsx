import type { CourseSummary } from '@lms/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDuration } from '../lib/format';
import { ClockIcon } from './icons';

/** Level, estimated time and, when it is not the reader's, the course's language. */
export function CourseFacts({ course, className }: { course: Pick<CourseSummary, 'level' | 'estimatedMinutes' | 'locale'>; className?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const duration = formatDuration(course.estimatedMinutes, locale, t);
  return (
    <ul className={['courses-facts', className ?? ''].filter(Boolean).join(' ')}>
      <li className="courses-facts__level">{t(`courses.level.${course.level}`)}</li>
      {duration && (
        <li className="courses-facts__duration">
          <ClockIcon />
          {duration}
        </li>
      )}
      {course.locale !== locale && <li className="courses-facts__language">{t(`courses.language.${course.locale}`)}</li>}
    </ul>
  );
}
