import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CourseAuthors, CourseAuthorView, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { pause } from '../lib/pause';
import { draftCourseKey } from './draft-course';

const authorsKey = (courseId: string) => ['authoring', 'authors', courseId] as const;
const path = (courseId: string) => `/courses/${encodeURIComponent(courseId)}`;

/** GET /courses/:id/authors: the owner and the co-authors, by name (every author). */
export function useCourseAuthors(courseId: string) {
  return useQuery({ queryKey: authorsKey(courseId), queryFn: ({ signal }) => api.get<CourseAuthors>(`${path(courseId)}/authors`, { signal }) });
}

/** Two letters before the server is asked: it answers 400 to fewer. */
export const MIN_AUTHOR_QUERY = 2;

/** GET /courses/:id/author-candidates?q=, once typing pauses: active instructors not yet authors (the owner and admins). */
export function useAuthorCandidates(courseId: string, q: string) {
  return useQuery({
    queryKey: [...authorsKey(courseId), 'candidates', q] as const,
    queryFn: async ({ signal }) => {
      await pause(signal);
      return api.get<Page<CourseAuthorView>>(`${path(courseId)}/author-candidates?q=${encodeURIComponent(q)}`, { signal });
    },
    enabled: q.length >= MIN_AUTHOR_QUERY,
    placeholderData: keepPreviousData,
  });
}

/** PUT /courses/:id/authors {userIds}: the whole list of co-authors (the owner and admins). */
export function useReplaceAuthors(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userIds: string[]) => api.put<{ ownerId: string; authorIds: string[] }>(`${path(courseId)}/authors`, { userIds }),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: authorsKey(courseId) }), queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) })]),
  });
}
