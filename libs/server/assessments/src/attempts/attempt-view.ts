import {
  optionId,
  type AnswerValue,
  type AttemptQuestion,
  type AttemptQuestionView,
  type AttemptSummary,
  type AttemptView,
  type QuestionInput,
  type QuestionResult,
} from '@lms/contracts';
import { matchingChoices, matchingPrompts, rightAnswer, scoreQuestion } from '../scoring';
import { renderInlineText, renderQuestionText } from '../render/question-text';
import type { AttemptQuestionRef, AttemptRecord, ResponseRecord } from './attempts.repository';

const ordered = <T>(items: T[], order: number[] | null): T[] => (order ? order.map((i) => items[i]).filter((x) => x !== undefined) : items);

/**
 * The one place a stored question becomes what a learner sees. It copies the safe fields by name:
 * ids, rendered texts and marks. Weights, keys and feedback are never read here, so they cannot leak.
 */
export function toAttemptQuestion(ref: AttemptQuestionRef, q: QuestionInput): AttemptQuestion {
  const base: AttemptQuestion = { id: ref.questionId, type: q.type, prompt: renderQuestionText(q.prompt, q.format), points: ref.points };
  if (q.blankAt !== undefined) base.blankAt = q.blankAt;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = q.options.map((o, i) => ({ id: optionId(i), text: renderInlineText(o.text, q.format) }));
      return { ...base, options: ordered(options, ref.order) };
    }
    case 'matching': {
      const choices = matchingChoices(q).map((c) => ({ id: c.id, text: renderInlineText(c.text, q.format) }));
      return { ...base, prompts: matchingPrompts(q).map((p) => ({ id: p.id, text: renderInlineText(p.text, q.format) })), options: ordered(choices, ref.order) };
    }
    default:
      return base;
  }
}

/** Feedback and right answers show only once graded, and only as the quiz's feedback policy allows. */
export function feedbackVisible(attempt: AttemptRecord, attemptsUsed: number): boolean {
  if (attempt.status !== 'graded' && attempt.status !== 'needs_review') return false;
  const policy = attempt.settings.feedback;
  if (policy === 'never') return false;
  if (policy === 'after_last_attempt') return attempt.passed === true || (attempt.settings.maxAttempts !== null && attemptsUsed >= attempt.settings.maxAttempts);
  return true;
}

function resultOf(q: QuestionInput, key: QuestionInput, ref: AttemptQuestionRef, response: ResponseRecord | undefined, withKey: boolean): QuestionResult {
  const scored = scoreQuestion(key, response?.answer ?? null);
  const score = response?.score ?? null;
  const result: QuestionResult = {
    score,
    maxScore: ref.points,
    correct: q.type === 'essay' ? (score === null ? null : score >= ref.points) : score !== null && score >= ref.points,
    feedback: withKey ? scored.feedback.map((f) => renderInlineText(f, q.format)) : [],
  };
  if (withKey) {
    const right = rightAnswer(key);
    if (right !== undefined) result.rightAnswer = right;
  }
  if (response?.comment) result.comment = response.comment;
  return result;
}

export function toAttemptSummary(a: AttemptRecord): AttemptSummary {
  const closed = a.status === 'graded' || a.status === 'needs_review';
  return {
    id: a.id,
    quizId: a.quizId,
    status: a.status,
    startedAt: new Date(a.startedAt).toISOString(),
    expiresAt: a.expiresAt ? new Date(a.expiresAt).toISOString() : null,
    submittedAt: a.submittedAt ? new Date(a.submittedAt).toISOString() : null,
    score: closed ? a.score : null,
    maxScore: a.maxScore,
    passed: a.status === 'graded' ? a.passed : null,
  };
}

/** The whole attempt for its learner: questions in the order drawn, their saved answers, and results when allowed. */
export function toAttemptView(
  attempt: AttemptRecord,
  definitions: Map<string, QuestionInput>,
  keys: Map<string, QuestionInput>,
  responses: ResponseRecord[],
  showFeedback: boolean,
): AttemptView {
  const byQuestion = new Map(responses.map((r) => [r.questionId, r]));
  const graded = attempt.status === 'graded' || attempt.status === 'needs_review';
  const questions: AttemptQuestionView[] = attempt.questions.map((ref) => {
    const q = definitions.get(ref.questionId)!;
    const response = byQuestion.get(ref.questionId);
    const view: AttemptQuestionView = { ...toAttemptQuestion(ref, q), answer: (response?.answer ?? null) as AnswerValue | null };
    if (graded) view.result = resultOf(q, keys.get(ref.questionId) ?? q, ref, response, showFeedback);
    return view;
  });
  return { ...toAttemptSummary(attempt), questions };
}
