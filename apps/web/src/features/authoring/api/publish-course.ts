import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseDetail } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { draftCourseKey } from './draft-course';

/** POST /courses/:id/publish: the draft becomes what learners see (409 for a course without items). */
export function usePublishCourse(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CourseDetail>(`/courses/${encodeURIComponent(courseId)}/publish`),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) }), queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] })]),
  });
}
