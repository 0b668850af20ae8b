import { useMutation } from '@tanstack/react-query';
import type { AnswerValue, AttemptQuestion, AttemptView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { getAttempt } from './get-attempt';

/** An attempt being taken: its questions, with the answers the server already has. */
export interface OpenAttempt {
  id: string;
  quizId: string;
  status: AttemptView['status'];
  expiresAt: string | null;
  questions: (AttemptQuestion & { answer: AnswerValue | null })[];
}

type StartAnswer = Pick<AttemptView, 'id' | 'quizId' | 'status' | 'expiresAt'> & { questions: (AttemptQuestion & { answer?: AnswerValue | null })[] };

/**
 * POST /quizzes/:id/attempts: 201 a new attempt, 200 the learner's open one (a reload resumes it),
 * 409 when the learner may not start (see start-errors.ts). The contract does not promise saved
 * answers in that answer, so when they are missing they are read from GET /attempts/:id.
 */
export async function startAttempt(quizId: string): Promise<OpenAttempt> {
  const started = await api.post<StartAnswer>(`/quizzes/${encodeURIComponent(quizId)}/attempts`);
  const withAnswers = started.questions.every((question) => 'answer' in question) ? started : await getAttempt(started.id);
  return {
    id: started.id,
    quizId: started.quizId ?? quizId,
    status: withAnswers.status,
    expiresAt: withAnswers.expiresAt ?? null,
    questions: withAnswers.questions.map((question) => ({ ...question, answer: question.answer ?? null })),
  };
}

export function useStartAttempt(quizId: string) {
  return useMutation({ mutationFn: () => startAttempt(quizId) });
}
