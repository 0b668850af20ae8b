import { useQuery } from '@tanstack/react-query';
import type { CourseDetail } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const draftCourseKey = (courseId: string) => ['authoring', 'course', courseId] as const;

/** GET /courses/:id as its author reads it: the draft version, with `hasUnpublishedChanges`. */
export function useDraftCourse(courseId: string) {
  return useQuery({ queryKey: draftCourseKey(courseId), queryFn: ({ signal }) => api.get<CourseDetail>(`/courses/${encodeURIComponent(courseId)}`, { signal }) });
}
