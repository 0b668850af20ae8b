import { useEffect } from 'react';
import type { QuizLearnerView } from '@lms/contracts';
import { AnswerSync } from '../lib/answer-sync';
import { hasPending } from '../lib/pending-answers';

/**
 * Answers an earlier visit could not send wait on this device. As soon as the quiz's page shows
 * the attempt still open, they go to the server, even before the learner presses Resume: if the
 * time runs out first, the server grades what it has.
 */
export function useSendLeftAnswers(quiz: QuizLearnerView | undefined): void {
  const open = quiz?.attempts.find((attempt) => attempt.status === 'in_progress');
  const attemptId = open?.id;
  const expiresAt = open?.expiresAt ?? null;
  useEffect(() => {
    if (!attemptId || !hasPending(attemptId)) return;
    void new AnswerSync({ attemptId, expiresAt, onClosed: () => undefined }).flush();
  }, [attemptId, expiresAt]);
}
