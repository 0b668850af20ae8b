import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignmentPreview, AssignmentResult, AssignmentView, CourseSummary, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** The body of POST /assignments and of its preview. */
export interface AssignmentRule {
  courseId: string;
  orgUnitId?: string;
  position?: string;
  dueAt?: string;
  dueInDays?: number;
  recurrenceMonths?: number;
}

export const ASSIGNMENTS_PAGE_SIZE = 20;

/** GET /assignments: the rules the HR manager may see and end, newest first, with enrolled and completed counts. */
export function useAssignments(page: number) {
  return useQuery({
    queryKey: ['hr', 'assignments', page],
    queryFn: ({ signal }) => api.get<Page<AssignmentView>>(`/assignments?page=${page}&pageSize=${ASSIGNMENTS_PAGE_SIZE}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** POST /assignments/preview: whom the rule would enrol now, with nothing written; asked again whenever the rule changes. */
export function useAssignmentPreview(rule: AssignmentRule | null) {
  return useQuery({
    queryKey: ['hr', 'assignment-preview', rule],
    queryFn: ({ signal }) => api.post<AssignmentPreview>('/assignments/preview', rule!, { signal }),
    enabled: rule !== null,
    retry: false,
  });
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: AssignmentRule) => api.post<AssignmentResult>('/assignments', rule),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hr', 'assignments'] }),
  });
}

/** DELETE /assignments/:id: the rule enrols nobody new; those enrolled keep their course and due date. */
export function useEndAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/assignments/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['hr', 'assignments'] }),
  });
}

/** GET /courses: the published courses, the reader's language first, to choose one to assign. */
export function usePublishedCourses(locale: string) {
  return useQuery({
    queryKey: ['hr', 'published-courses', locale],
    queryFn: ({ signal }) => api.get<Page<CourseSummary>>(`/courses?pageSize=100&prefer=${locale}`, { signal }),
    staleTime: 60_000,
  });
}
