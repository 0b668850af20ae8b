import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseCategory, CourseDetail, CourseLevel, Locale } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export interface NewCourse {
  title: string;
  summary: string;
  category: CourseCategory;
  locale: Locale;
  level: CourseLevel;
  estimatedMinutes?: number;
}

/** POST /courses: a new draft, owned by the instructor. */
export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (course: NewCourse) => api.post<CourseDetail>('/courses', course),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] }),
  });
}
