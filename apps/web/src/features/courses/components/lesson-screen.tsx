import type { CourseDetail, LessonView } from '@lms/contracts';
import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { Link } from '../../../lib/router';
import { useLocale, useT } from '../../../lib/i18n';
import { useCourse } from '../api/get-course';
import { useLesson } from '../api/get-lesson';
import { formatBytes, formatNumber } from '../../../lib/numbers';
import { flattenOutline, neighbours } from '../lib/outline';
import { BackIcon } from './icons';
import { LessonArticle } from './lesson-article';
import { LessonAttachments } from './lesson-attachments';
import { LessonCompletion } from './lesson-completion';
import { LessonPager } from './lesson-pager';
import { OfflineCopyHint } from './offline-copy-hint';
import { LoadError, Loading } from '../../../components/ui';
import { isNotFound } from '../../../lib/errors';
import { NotFoundPanel } from './screen-states';
import '../courses.css';

function LessonBody({ lesson, course, courseFailed, courseId, coursePath }: { lesson: LessonView; course?: CourseDetail; courseFailed: boolean; courseId: string; coursePath: string }) {
  const t = useT();
  const { locale } = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const entries = useMemo(() => (course ? flattenOutline(course) : []), [course]);
  const { current, previous, next } = neighbours(entries, lesson.id);

  // A new lesson is a new page: start reading at its title (and tell screen readers where they are).
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <>
      <header className="lesson__header">
        {/* Its line is kept while the course loads, so the title does not move down when it arrives. */}
        <p className="lesson__position">
          {current && (
            <>
              <span className="lesson__kind">{t(`courses.kind.${current.item.kind}`)}</span>
              <span className="muted">{t('courses.lesson.position', { number: formatNumber(current.number, locale), total: formatNumber(entries.length, locale) })}</span>
            </>
          )}
        </p>
        <h1 className="page__title lesson__title" ref={heading} tabIndex={-1} lang={course?.locale}>
          {lesson.title}
        </h1>
        {lesson.downloadBytes > 0 && <p className="muted lesson__size">{t('courses.lesson.downloadSize', { size: formatBytes(lesson.downloadBytes, locale) })}</p>}
      </header>

      <LessonArticle lesson={lesson} lang={course?.locale} />

      <LessonAttachments attachments={lesson.attachments} />
      <LessonCompletion lessonId={lesson.id} courseId={courseId} course={course} courseFailed={courseFailed} current={current} next={next} coursePath={coursePath} />
      <LessonPager previous={previous} next={next} coursePath={coursePath} courseLocale={course?.locale} />
    </>
  );
}

/** /courses/:courseId/lessons/:lessonId: the lesson to read, its files, "Mark as done", previous and next. */
export function LessonScreen({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const t = useT();
  const lesson = useLesson(lessonId);
  const course = useCourse(courseId);
  // Drawn in renders React can pause, so a slow phone stays responsive while the lesson is built.
  const lessonData = useDeferredValue(lesson.data);
  const courseData = useDeferredValue(course.data);
  const coursePath = `/courses/${encodeURIComponent(courseId)}`;

  if (lesson.isError && isNotFound(lesson.error)) {
    return <NotFoundPanel title={t('courses.lesson.notFound.title')} body={t('courses.lesson.notFound.body')} linkTo={coursePath} linkLabel={t('courses.lesson.backToCourse')} />;
  }

  return (
    <div className="page lesson">
      <Link className="courses-back" to={coursePath}>
        <BackIcon />
        {courseData ? (
          <>
            <span className="sr-only">{t('courses.lesson.backToCourse')}</span>
            <span className="courses-back__title" lang={courseData.locale}>
              {courseData.title}
            </span>
          </>
        ) : (
          t('courses.lesson.backToCourse')
        )}
      </Link>
      <OfflineCopyHint path={`/lessons/${encodeURIComponent(lessonId)}`} />
      {lessonData ? (
        <LessonBody lesson={lessonData} course={courseData} courseFailed={course.isError} courseId={courseId} coursePath={coursePath} />
      ) : lesson.isError ? (
        <LoadError error={lesson.error} onRetry={() => void lesson.refetch()} busy={lesson.isRefetching} />
      ) : (
        <Loading paused={lesson.isPaused}>{t('courses.lesson.loading')}</Loading>
      )}
    </div>
  );
}
