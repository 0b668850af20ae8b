import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuizSettings, QuizView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { draftCourseKey } from './draft-course';

export const quizKey = (quizId: string) => ['authoring', 'quiz', quizId] as const;

/** GET /quizzes/:id: the quiz's settings in the draft (its authors). */
export function useQuizSettings(quizId: string) {
  return useQuery({ queryKey: quizKey(quizId), queryFn: ({ signal }) => api.get<QuizView>(`/quizzes/${encodeURIComponent(quizId)}`, { signal }) });
}

export type QuizChanges = Partial<QuizSettings> & { title?: string };

/** PATCH /quizzes/:id: changes the draft; the outline shows the new title. */
export function useUpdateQuiz(quizId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: QuizChanges) => api.patch<QuizView>(`/quizzes/${encodeURIComponent(quizId)}`, changes),
    onSuccess: (quiz) => {
      queryClient.setQueryData(quizKey(quizId), quiz);
      return queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) });
    },
  });
}
