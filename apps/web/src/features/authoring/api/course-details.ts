import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseDetail } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import type { NewCourse } from './create-course';
import { draftCourseKey } from './draft-course';

/** A change to the details; `estimatedMinutes: null` clears the study time. */
export type CourseDetailsChange = Partial<Omit<NewCourse, 'estimatedMinutes'>> & { estimatedMinutes?: number | null; tags?: string[] };

/** What a change to the course answers, for the editor and "My courses". */
function useCourseWrite<V>(courseId: string, send: (variables: V) => Promise<CourseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (course) => {
      queryClient.setQueryData(draftCourseKey(courseId), course);
      return queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] });
    },
  });
}

/** PATCH /courses/:id: the course's details in its draft (authors). */
export function useUpdateCourse(courseId: string) {
  return useCourseWrite(courseId, (change: CourseDetailsChange) => api.patch<CourseDetail>(`/courses/${encodeURIComponent(courseId)}`, change));
}

/** POST /courses/:id/archive: learners no longer find it (the owner or an admin; publishing brings it back). */
export function useArchiveCourse(courseId: string) {
  return useCourseWrite(courseId, (_: void) => api.post<CourseDetail>(`/courses/${encodeURIComponent(courseId)}/archive`));
}
