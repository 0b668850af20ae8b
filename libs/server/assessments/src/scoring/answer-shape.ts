import { choiceId, optionId, promptId, type QuestionInput } from '@lms/contracts';
import { matchingChoices, matchingPrompts } from './matching-ids';
import { isRecord } from './json-parts';
import { longerThan } from './text-length';

/** The longest responses the API stores, in characters. */
export const MAX_SHORT_ANSWER_LENGTH = 1_000;
export const MAX_ESSAY_LENGTH = 50_000;

/** A learner's text may be huge; quote only its start in a message. */
function quote(id: string): string {
  return JSON.stringify(id.length > 40 ? `${id.slice(0, 37)}...` : id);
}

function idRange(kind: string, count: number, idOf: (index: number) => string): string {
  if (count === 0) return `it has no ${kind}s`;
  if (count === 1) return `its only ${kind} is ${idOf(0)}`;
  return `its ${kind}s are ${idOf(0)} to ${idOf(count - 1)}`;
}

const optionCount = (question: { options?: unknown }) => (Array.isArray(question.options) ? question.options.length : 0);

const ids = (count: number, idOf: (index: number) => string) => new Set(Array.from({ length: count }, (_, index) => idOf(index)));

function unknownOption(who: string, count: number, chosen: string[]): string | null {
  const known = ids(count, optionId);
  const unknown = chosen.find((id) => !known.has(id));
  return unknown === undefined ? null : `${who} has no option ${quote(unknown)}; ${idRange('option', count, optionId)}`;
}

function singleChoiceError(who: string, count: number, answer: unknown): string | null {
  if (typeof answer !== 'string') return `${who} takes one option id, e.g. "o1"`;
  return unknownOption(who, count, [answer]);
}

function multipleChoiceError(who: string, count: number, answer: unknown): string | null {
  if (!Array.isArray(answer) || !answer.every((id) => typeof id === 'string')) return `${who} takes an array of option ids, e.g. ["o1", "o3"]`;
  if (answer.length > count) return `${who} takes at most ${count} option ids, one for each option`;
  return unknownOption(who, count, answer);
}

function textError(who: string, answer: unknown, limit: number): string | null {
  if (typeof answer !== 'string') return `${who} takes a string`;
  return longerThan(answer, limit) ? `${who} takes at most ${limit.toLocaleString('en')} characters` : null;
}

function matchingError(who: string, question: Extract<QuestionInput, { type: 'matching' }>, answer: unknown): string | null {
  const example = `e.g. {"p1": "c2"}`;
  if (!isRecord(answer)) return `${who} takes an object from prompt id to choice id, ${example}`;
  const prompts = new Set(matchingPrompts(question).map((prompt) => prompt.id));
  const choiceCount = matchingChoices(question).length;
  const choices = ids(choiceCount, choiceId);
  for (const [key, value] of Object.entries(answer)) {
    if (!prompts.has(key)) return `${who} has no prompt ${quote(key)}; ${idRange('prompt', prompts.size, promptId)}`;
    if (typeof value !== 'string') return `${who} takes a choice id for prompt ${key}, e.g. "c1"`;
    if (!choices.has(value)) return `${who} has no choice ${quote(value)}; ${idRange('choice', choiceCount, choiceId)}`;
  }
  return null;
}

/**
 * Null when `answer` has the JSON shape the question's type takes and names only ids the question
 * has; otherwise why not, in English, for the API's 400. Null (clearing a response) always fits.
 * The question may carry its id, which the message then names.
 */
export function answerShapeError(question: QuestionInput & { id?: string }, answer: unknown): string | null {
  if (answer === null) return null;
  const who = question.id ? `question ${question.id} (${question.type})` : `a ${question.type} question`;
  switch (question.type) {
    case 'single_choice':
      return singleChoiceError(who, optionCount(question), answer);
    case 'multiple_choice':
      return multipleChoiceError(who, optionCount(question), answer);
    case 'true_false':
      return typeof answer === 'boolean' ? null : `${who} takes true or false`;
    case 'short_answer':
      return textError(who, answer, MAX_SHORT_ANSWER_LENGTH);
    case 'essay':
      return textError(who, answer, MAX_ESSAY_LENGTH);
    case 'numeric':
      return typeof answer === 'number' && Number.isFinite(answer) ? null : `${who} takes a finite number, e.g. 3.14`;
    case 'matching':
      return matchingError(who, question, answer);
    default:
      return `this question's type is unknown, so it takes no answer`;
  }
}
