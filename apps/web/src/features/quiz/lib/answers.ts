import type { AnswerValue } from '@lms/contracts';

/** Answers by question id, as the learner has them now. */
export type Answers = Record<string, AnswerValue | null>;

/** Whether an answer counts as given: an empty text, selection or matching does not. */
export function isAnswered(answer: AnswerValue | null | undefined): boolean {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === 'string') return answer.trim() !== '';
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return Object.keys(answer).length > 0;
  return true;
}

/** What the server is sent for an answer: null for one emptied (no text, selection or match), as the contract clears an answer. */
export function answerToSend(answer: AnswerValue | null): AnswerValue | null {
  return isAnswered(answer) ? answer : null;
}

export function countUnanswered(questionIds: readonly string[], answers: Answers): number {
  return questionIds.filter((id) => !isAnswered(answers[id])).length;
}

/**
 * What a learner typed in a numeric field, as a number: either decimal mark (Lao writes 3,5,
 * English 3.5), spaces ignored. Null for an empty field, NaN for text that is not a number yet.
 */
export function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^[-+]?(\d+[.,]?\d*|[.,]\d+)(e[-+]?\d+)?$/i.test(compact)) return Number.NaN;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) ? value : Number.NaN;
}
