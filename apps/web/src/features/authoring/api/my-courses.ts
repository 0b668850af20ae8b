import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CourseStatus, CourseSummary, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** Enough rows for a desk screen; an instructor rarely authors more in one status. */
export const MY_COURSES_PAGE_SIZE = 50;

export const myCoursesKey = (status: CourseStatus, page: number) => ['authoring', 'courses', status, page] as const;

/** GET /courses?mine=true&status=: the courses the instructor authors (an admin: all), as their drafts read. */
export function useMyCourses(status: CourseStatus, page: number) {
  return useQuery({
    queryKey: myCoursesKey(status, page),
    queryFn: ({ signal }) => api.get<Page<CourseSummary>>(`/courses?mine=true&status=${status}&page=${page}&pageSize=${MY_COURSES_PAGE_SIZE}`, { signal }),
    placeholderData: keepPreviousData,
  });
}
