import { useQuery } from '@tanstack/react-query';
import type { CourseDetail } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queuedCompletions } from '../../../lib/offline/lesson-queue';
import { queryKeys } from '../../../lib/query-keys';
import { withItemDoneOffline } from '../lib/outline';

/**
 * GET /courses/:id: the course, its outline and, for an enrolled learner, their enrolment, with
 * the lessons marked done on this device and not yet sent shown done.
 */
export async function getCourse(courseId: string, signal?: AbortSignal): Promise<CourseDetail> {
  const course = await api.get<CourseDetail>(`/courses/${encodeURIComponent(courseId)}`, { signal });
  return queuedCompletions()
    .filter((entry) => entry.courseId === courseId)
    .reduce((shown, entry) => withItemDoneOffline(shown, entry.lessonId), course);
}

/**
 * Shared by the course page and the lesson reader (its outline gives previous and next). It runs
 * offline too: the API client answers from the copy downloaded for offline reading.
 */
export function useCourse(courseId: string) {
  return useQuery({ queryKey: queryKeys.course(courseId), queryFn: ({ signal }) => getCourse(courseId, signal), networkMode: 'offlineFirst' });
}
