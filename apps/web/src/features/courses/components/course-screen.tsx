import type { CourseDetail } from '@lms/contracts';
import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { Link } from '../../../lib/router';
import { LiveRegion, LoadError, Loading } from '../../../components/ui';
import { loadArea, useT } from '../../../lib/i18n';
import { useCourse } from '../api/get-course';
import { useJustEnrolled } from '../hooks/use-just-enrolled';
import { flattenOutline } from '../lib/outline';
import { CourseFacts } from './course-facts';
import { CourseOutline } from './course-outline';
import { EnrolPanel } from './enrol-panel';
import { BackIcon } from './icons';
import { OfflineCopyHint } from './offline-copy-hint';
import { ProgressPanel } from './progress-panel';
import { isNotFound } from '../../../lib/errors';
import { NotFoundPanel } from './screen-states';
import '../courses.css';

// Loaded, with its words, once the page shows: nothing of the download manager is needed to read
// the course. If it cannot load (offline, and not in the service worker's cache), there is no panel.
const OfflinePanel = lazy(() =>
  Promise.all([import('./offline-panel'), loadArea('offline').catch(() => undefined)]).then(
    ([module]) => ({ default: module.OfflinePanel }),
    () => ({ default: () => null }),
  ),
);

function CourseView({ course }: { course: CourseDetail }) {
  const t = useT();
  const justEnrolled = useJustEnrolled(Boolean(course.enrolment));
  const entries = useMemo(() => flattenOutline(course), [course]);

  return (
    <div className="page stack course">
      <Link className="courses-back" to="/courses">
        <BackIcon />
        {t('courses.course.backToCatalogue')}
      </Link>
      <OfflineCopyHint path={`/courses/${encodeURIComponent(course.id)}`} />
      <header className="course__header">
        <p className="course__category">{t(`courses.category.${course.category}`)}</p>
        <h1 className="page__title course__title" lang={course.locale}>
          {course.title}
        </h1>
        <p className="course__summary" lang={course.locale}>
          {course.summary}
        </p>
        <CourseFacts course={course} />
      </header>

      {course.enrolment ? (
        <ProgressPanel enrolment={course.enrolment} entries={entries} courseLocale={course.locale} focusStart={justEnrolled} />
      ) : (
        <EnrolPanel courseId={course.id} />
      )}
      <LiveRegion>{justEnrolled ? t('courses.course.enrolled') : null}</LiveRegion>

      <CourseOutline course={course} entries={entries} />
      {/* After the outline, the last thing on the page: it arrives a moment later, and above the
          outline it would push the lessons down as the learner reaches for one. */}
      {course.enrolment && (
        <Suspense fallback={null}>
          <OfflinePanel course={course} />
        </Suspense>
      )}
    </div>
  );
}

/** /courses/:courseId: what the course is, the learner's progress (or the Enrol button) and its outline. */
export function CourseScreen({ courseId }: { courseId: string }) {
  const t = useT();
  const course = useCourse(courseId);
  // The page is drawn from the answer in a render React can pause, so a slow phone stays
  // responsive while it builds the outline.
  const data = useDeferredValue(course.data);

  if (data) return <CourseView course={data} />;
  if (course.isError && isNotFound(course.error)) {
    return <NotFoundPanel title={t('courses.notFound.title')} body={t('courses.notFound.body')} linkTo="/courses" linkLabel={t('courses.notFound.back')} />;
  }
  return (
    <div className="page stack">
      {course.isError ? <LoadError error={course.error} onRetry={() => void course.refetch()} busy={course.isRefetching} /> : <Loading paused={course.isPaused}>{t('courses.course.loading')}</Loading>}
    </div>
  );
}
