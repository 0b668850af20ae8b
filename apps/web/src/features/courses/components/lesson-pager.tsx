import type { Locale } from '@lms/contracts';
import { Link } from '../../../lib/router';
import { useT } from '../../../lib/i18n';
import type { OutlineEntry } from '../lib/outline';
import { BackIcon, ForwardIcon } from './icons';

/** Previous and next items of the outline, and the way back to the course, each saying where it goes. */
export function LessonPager({
  previous,
  next,
  coursePath,
  courseLocale,
}: {
  previous?: OutlineEntry;
  next?: OutlineEntry;
  coursePath: string;
  courseLocale?: Locale;
}) {
  const t = useT();
  return (
    <nav className="lesson-pager" aria-label={t('courses.lesson.navigation')}>
      <ul className="list-grid lesson-pager__list">
        {previous?.path && (
          <li className="lesson-pager__previous">
            <Link className="lesson-pager__link" to={previous.path} rel="prev">
              <BackIcon />
              <span className="lesson-pager__text">
                <span className="lesson-pager__direction">{t('courses.lesson.previous')}</span>
                <span className="lesson-pager__title" lang={courseLocale}>
                  {previous.item.title}
                </span>
              </span>
            </Link>
          </li>
        )}
        {next?.path && (
          <li className="lesson-pager__next">
            <Link className="lesson-pager__link" to={next.path} rel="next">
              <span className="lesson-pager__text">
                <span className="lesson-pager__direction">{t('courses.lesson.next')}</span>
                <span className="lesson-pager__title" lang={courseLocale}>
                  {next.item.title}
                </span>
              </span>
              <ForwardIcon />
            </Link>
          </li>
        )}
        <li className="lesson-pager__course">
          <Link className="btn btn--ghost" to={coursePath}>
            {t('courses.lesson.backToCourse')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
