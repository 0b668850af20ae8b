import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttemptView, Page, PendingGrading } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** One page of the queue: an instructor grades a few dozen essays in a sitting. */
export const PENDING_PAGE_SIZE = 20;

const pendingKey = (page: number) => ['grading', 'pending', page] as const;

/** GET /grading/pending: essays waiting for a person, oldest first, in the courses the instructor edits. */
export function usePendingEssays(page: number) {
  return useQuery({
    queryKey: pendingKey(page),
    queryFn: ({ signal }) => api.get<Page<PendingGrading>>(`/grading/pending?page=${page}&pageSize=${PENDING_PAGE_SIZE}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export interface EssayGrade {
  attemptId: string;
  questionId: string;
  score: number;
  comment?: string;
}

/** POST /attempts/:id/responses/:questionId/grade; the queue is read again afterwards, whatever the outcome. */
export function useGradeEssay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attemptId, questionId, score, comment }: EssayGrade) =>
      // ifUngraded: a colleague's grade, given since the list was read, is not overwritten (409).
      api.post(`/attempts/${encodeURIComponent(attemptId)}/responses/${encodeURIComponent(questionId)}/grade`, { score, ...(comment ? { comment } : {}), ifUngraded: true }),
    // Not awaited: the card reports its outcome (mutate's callbacks) before the fresh list unmounts it.
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['grading', 'pending'] });
    },
  });
}

/** GET /attempts/:id: the whole attempt an essay belongs to, every answer with its marks (asked only once opened). */
export function useAttempt(attemptId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['grading', 'attempt', attemptId],
    queryFn: ({ signal }) => api.get<AttemptView>(`/attempts/${encodeURIComponent(attemptId)}`, { signal }),
    enabled,
  });
}
