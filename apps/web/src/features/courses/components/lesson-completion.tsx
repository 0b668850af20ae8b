import type { CourseDetail } from '@lms/contracts';
import { useEffect, useRef } from 'react';
import { useNavigate } from '../../../lib/router';
import { Alert, Button } from '../../../components/ui';
import { ApiError } from '../../../lib/api-client';
import { genericErrorMessage } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useCompleteLesson } from '../api/complete-lesson';
import { useCompletionSync } from '../hooks/use-completion-sync';
import { useJustEnrolled } from '../hooks/use-just-enrolled';
import type { OutlineEntry } from '../lib/outline';
import { EnrolPanel } from './enrol-panel';
import { DoneIcon } from './icons';

/**
 * The end of a lesson: "Mark as done" for an enrolled learner, which saves and moves on to the
 * next item of the outline (or back to the course after the last one); the Enrol button for
 * someone who is not enrolled; a tick when the lesson is done already.
 */
export function LessonCompletion({
  lessonId,
  courseId,
  course,
  courseFailed,
  current,
  next,
  coursePath,
}: {
  lessonId: string;
  courseId: string;
  /** Undefined while the course loads, or when it could not be loaded (then `courseFailed`). */
  course?: CourseDetail;
  courseFailed: boolean;
  current?: OutlineEntry;
  next?: OutlineEntry;
  coursePath: string;
}) {
  const t = useT();
  const navigate = useNavigate();
  const complete = useCompleteLesson(courseId);
  const sync = useCompletionSync(lessonId, courseId);
  const panel = useRef<HTMLDivElement>(null);
  const justEnrolled = useJustEnrolled(course ? Boolean(course.enrolment) : undefined);

  // Enrolled from here: the Enrol button is gone and "Mark as done" takes its place.
  useEffect(() => {
    const button = justEnrolled ? panel.current?.querySelector('button') : null;
    if (!button) return;
    button.focus({ preventScroll: true });
    button.scrollIntoView?.({ block: 'nearest' });
  }, [justEnrolled]);

  if (!course && !courseFailed) return null;

  // The server said "not enrolled" (409) while the course still showed an enrolment: it will refetch.
  const notEnrolled = complete.error instanceof ApiError && complete.error.statusCode === 409;
  if (course && !course.enrolment) return <EnrolPanel courseId={courseId} message={notEnrolled ? t('courses.lesson.notEnrolledError') : t('courses.lesson.notEnrolled')} />;

  if (current?.done) {
    return (
      <div className="lesson-done">
        <DoneIcon />
        <div>
          <p>{t('courses.lesson.done')}</p>
          <p className="muted lesson-done__sync" role="status">
            {sync && t(`courses.lesson.sync.${sync}`)}
          </p>
        </div>
      </div>
    );
  }

  // Saved on this device only (no network): stay, so the learner sees where it stands.
  const markDone = () =>
    complete.mutate(lessonId, {
      onSuccess: (enrolment) => {
        if (enrolment) void navigate(next?.path ?? coursePath);
      },
    });

  return (
    <div className="card lesson-complete" ref={panel}>
      {complete.error && (
        <Alert tone="error">
          <p>{notEnrolled ? t('courses.lesson.notEnrolledError') : genericErrorMessage(t, complete.error)}</p>
        </Alert>
      )}
      <Button block busy={complete.isPending} onClick={markDone}>
        {complete.isPending ? t('courses.lesson.saving') : t('courses.lesson.markDone')}
      </Button>
      {course && (
        <p className="muted lesson-complete__next">
          {next ? t('courses.lesson.afterDone', { title: next.item.title }) : t('courses.lesson.afterDoneLast')}
        </p>
      )}
    </div>
  );
}
