import { useQuery } from '@tanstack/react-query';
import type { CourseStats } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const courseStatsKey = (courseId: string) => ['authoring', 'stats', courseId] as const;

/** GET /courses/:id/stats: attempts, pass rate and most missed questions per quiz. */
export function useCourseStats(courseId: string) {
  return useQuery({ queryKey: courseStatsKey(courseId), queryFn: ({ signal }) => api.get<CourseStats>(`/courses/${encodeURIComponent(courseId)}/stats`, { signal }) });
}
