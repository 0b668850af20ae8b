import type { CourseDetail, Locale } from '@lms/contracts';
import { useId } from 'react';
import { Link } from '../../../lib/router';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import type { OutlineEntry } from '../lib/outline';
import { DoneIcon, KindIcon, TodoIcon } from './icons';

function ItemContent({ entry, enrolled, lang }: { entry: OutlineEntry; enrolled: boolean; lang: Locale }) {
  const t = useT();
  return (
    <>
      <span className="course-outline-item__icon">
        <KindIcon kind={entry.item.kind} />
      </span>
      <span className="course-outline-item__text">
        <span className="course-outline-item__kind">{t(`courses.kind.${entry.item.kind}`)}</span>
        <span className="course-outline-item__title" lang={lang}>
          {entry.item.title}
        </span>
        {entry.path === null && <span className="course-outline-item__note">{t('courses.item.unavailable')}</span>}
      </span>
      {entry.done ? (
        <span className="course-outline-item__mark course-outline-item__mark--done">
          <DoneIcon />
          <span className="sr-only">{t('courses.item.done')}</span>
        </span>
      ) : (
        enrolled && (
          <span className="course-outline-item__mark">
            <TodoIcon />
          </span>
        )
      )}
    </>
  );
}

/** The course's modules and their items, each with its kind, title and a done mark; lessons, quizzes and activities link to their screens. */
export function CourseOutline({ course, entries }: { course: CourseDetail; entries: readonly OutlineEntry[] }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();
  const enrolled = Boolean(course.enrolment);
  const modules = [...new Set(entries.map((entry) => entry.module))];

  return (
    <section className="course-outline" aria-labelledby={titleId}>
      <h2 className="course-outline__title" id={titleId}>
        {t('courses.course.outline')}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{t('courses.course.empty')}</p>
      ) : (
        <ol className="course-outline__modules">
          {modules.map((module, index) => {
            const items = entries.filter((entry) => entry.module === module);
            const done = items.filter((entry) => entry.done).length;
            return (
              <li className="course-outline__module" key={module.id}>
                <h3 className="course-outline__module-title">
                  <span className="course-outline__module-number">{t('courses.course.module', { number: formatNumber(index + 1, locale) })}</span>
                  <span lang={course.locale}>{module.title}</span>
                </h3>
                {enrolled && (
                  <p className="course-outline__module-progress muted">
                    {t('courses.course.moduleProgress', { done: formatNumber(done, locale), total: formatNumber(items.length, locale) })}
                  </p>
                )}
                <ol className="course-outline__items">
                  {items.map((entry) => (
                    <li key={entry.item.id}>
                      {entry.path ? (
                        <Link className={['course-outline-item', entry.done ? 'course-outline-item--done' : ''].filter(Boolean).join(' ')} to={entry.path}>
                          <ItemContent entry={entry} enrolled={enrolled} lang={course.locale} />
                        </Link>
                      ) : (
                        <div className="course-outline-item course-outline-item--unavailable">
                          <ItemContent entry={entry} enrolled={enrolled} lang={course.locale} />
                        </div>
                      )}
                    </li>
                  ))}
                </ol>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
