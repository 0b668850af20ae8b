import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page, QuestionInput, QuestionView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { bankQuestionsKey, banksKey, instituteBanksKey } from './question-banks';

export const QUESTIONS_PAGE_SIZE = 20;
export const questionKey = (questionId: string) => ['authoring', 'question', questionId] as const;

/** GET /question-banks/:id/questions, one page. */
export function useBankQuestions(bankId: string, page: number) {
  return useQuery({
    queryKey: [...bankQuestionsKey(bankId), page],
    queryFn: ({ signal }) => api.get<Page<QuestionView>>(`/question-banks/${encodeURIComponent(bankId)}/questions?page=${page}&pageSize=${QUESTIONS_PAGE_SIZE}`, { signal }),
    placeholderData: (previous) => previous,
  });
}

/** GET /questions/:id: the current version, read again when the author opens it. */
export function useQuestion(questionId: string | undefined) {
  return useQuery({
    queryKey: questionKey(questionId ?? ''),
    queryFn: ({ signal }) => api.get<QuestionView>(`/questions/${encodeURIComponent(questionId!)}`, { signal }),
    enabled: questionId !== undefined,
  });
}

/** The bank's lists and counts, once its questions changed. */
function useRefreshBank(bankId: string, courseId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: bankQuestionsKey(bankId) }),
      queryClient.invalidateQueries({ queryKey: banksKey(courseId) }),
      queryClient.invalidateQueries({ queryKey: instituteBanksKey }),
    ]);
}

/** POST /question-banks/:id/questions (a new question) or PUT /questions/:id (its next version; a changed key regrades). */
export function useSaveQuestion(bankId: string, courseId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshBank(bankId, courseId);
  return useMutation({
    mutationFn: ({ id, question }: { id?: string; question: QuestionInput }) =>
      id ? api.put<QuestionView>(`/questions/${encodeURIComponent(id)}`, question) : api.post<QuestionView>(`/question-banks/${encodeURIComponent(bankId)}/questions`, question),
    onSuccess: (saved) => {
      queryClient.setQueryData(questionKey(saved.id), saved);
      return refresh();
    },
  });
}

/** DELETE /questions/:id: archived, so no new attempt draws it. */
export function useArchiveQuestion(bankId: string, courseId: string) {
  const refresh = useRefreshBank(bankId, courseId);
  return useMutation({ mutationFn: (id: string) => api.delete<void>(`/questions/${encodeURIComponent(id)}`), onSuccess: refresh });
}
