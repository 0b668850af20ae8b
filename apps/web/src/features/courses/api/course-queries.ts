import type { CourseDetail, LessonView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { keptUnder } from '../../../lib/offline/kept-under';
import { LESSON_QUEUE_PREFIX } from '../../../lib/offline/lesson-queue-key';
import { queryKeys } from '../../../lib/query-keys';

/**
 * The course and lesson queries, for their hooks (get-course.ts, get-lesson.ts) and for the
 * router, which starts them while the page's code is still downloading (app/router.tsx). This
 * file is in the first download, so it stays small: no TanStack hook, and the offline overlay
 * only when something waits on the device.
 * Both run offline too (`offlineFirst`): the API client answers from the copy downloaded for
 * offline reading.
 */

/**
 * GET /courses/:id: the course, its outline and, for an enrolled learner, their enrolment, with
 * the lessons marked done on this device and not yet sent shown done.
 */
export async function getCourse(courseId: string, signal?: AbortSignal): Promise<CourseDetail> {
  const course = await api.get<CourseDetail>(`/courses/${encodeURIComponent(courseId)}`, { signal });
  if (!keptUnder(LESSON_QUEUE_PREFIX)) return course;
  const { withQueuedCompletions } = await import('../lib/offline-overlay');
  return withQueuedCompletions(course);
}

export const courseQuery = (courseId: string) => ({
  queryKey: queryKeys.course(courseId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => getCourse(courseId, signal),
  networkMode: 'offlineFirst' as const,
});

/** GET /lessons/:id: the lesson's sanitised HTML, its attachments and what it costs to download. */
export function getLesson(lessonId: string, signal?: AbortSignal): Promise<LessonView> {
  return api.get<LessonView>(`/lessons/${encodeURIComponent(lessonId)}`, { signal });
}

export const lessonQuery = (lessonId: string) => ({
  queryKey: queryKeys.lesson(lessonId),
  queryFn: ({ signal }: { signal?: AbortSignal }) => getLesson(lessonId, signal),
  // Lesson text rarely changes while someone reads it; the server's ETag keeps refetches cheap anyway.
  staleTime: 10 * 60_000,
  networkMode: 'offlineFirst' as const,
});
