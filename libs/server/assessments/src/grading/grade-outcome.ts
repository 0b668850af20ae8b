import type { QuestionInput } from '@lms/contracts';
import { scoreQuestion } from '../scoring';
import type { AttemptRecord, GradingOutcome, ResponseRecord } from '../attempts/attempts.repository';

const round4 = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

/** Totals per-question points: never below zero, passed against the pass mark; undecided while an essay waits. */
export function outcomeFromScores(attempt: Pick<AttemptRecord, 'maxScore' | 'settings'>, scores: { questionId: string; score: number | null }[]): GradingOutcome {
  const waiting = scores.some((s) => s.score === null);
  const score = Math.max(0, round4(scores.reduce((sum, s) => sum + (s.score ?? 0), 0)));
  const percent = attempt.maxScore > 0 ? (score / attempt.maxScore) * 100 : 100;
  return { status: waiting ? 'needs_review' : 'graded', score, passed: waiting ? null : percent + 1e-9 >= attempt.settings.passPercent, scores };
}

/**
 * Scores every question the attempt drew with the key that applies to it (the version shown, or a
 * fixed one after a regrade). Essays keep a person's score once given.
 */
export function gradeAttempt(attempt: AttemptRecord, keys: Map<string, QuestionInput>, responses: ResponseRecord[]): GradingOutcome {
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const scores = attempt.questions.map((ref) => {
    const key = keys.get(ref.questionId)!;
    const response = byQuestion.get(ref.questionId);
    if (key.type === 'essay') return { questionId: ref.questionId, score: response?.score ?? null };
    const { fraction } = scoreQuestion(key, response?.answer ?? null);
    return { questionId: ref.questionId, score: round4((fraction ?? 0) * ref.points) };
  });
  return outcomeFromScores(attempt, scores);
}
