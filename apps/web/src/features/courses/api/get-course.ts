import { useQuery } from '@tanstack/react-query';
import type { CourseDetail } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /courses/:id: the course, its outline and, for an enrolled learner, their enrolment. */
export function getCourse(courseId: string, signal?: AbortSignal): Promise<CourseDetail> {
  return api.get<CourseDetail>(`/courses/${encodeURIComponent(courseId)}`, { signal });
}

/** Shared by the course page and the lesson reader (its outline gives previous and next). */
export function useCourse(courseId: string) {
  return useQuery({ queryKey: queryKeys.course(courseId), queryFn: ({ signal }) => getCourse(courseId, signal) });
}
