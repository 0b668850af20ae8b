import { useQuery } from '@tanstack/react-query';
import type { QuizLearnerView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /quizzes/:id/me: the quiz's settings with the learner's attempts, scores and whether they passed. */
export function getQuizMe(quizId: string): Promise<QuizLearnerView> {
  return api.get<QuizLearnerView>(`/quizzes/${encodeURIComponent(quizId)}/me`);
}

export function useQuizMe(quizId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.quiz(quizId ?? ''),
    queryFn: () => getQuizMe(quizId!),
    enabled: Boolean(quizId),
    // Attempts change under the learner's own hands (start, submit): always ask again on arrival.
    staleTime: 0,
  });
}
