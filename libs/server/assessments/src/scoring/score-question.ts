import {
  optionId,
  type AnswerValue,
  type MatchingQuestion,
  type MultipleChoiceQuestion,
  type NumericAnswer,
  type NumericQuestion,
  type QuestionInput,
  type ShortAnswer,
  type ShortAnswerQuestion,
  type SingleChoiceQuestion,
  type TrueFalseQuestion,
} from '@lms/contracts';
import { indexedParts, isRecord, partsOf } from './json-parts';
import { matchingChoices, matchingPrompts } from './matching-ids';
import { inInterval, numericInterval } from './numeric-interval';
import { matchesSegments, normaliseShortAnswer, wildcardSegments } from './short-answer-text';

export interface QuestionScore {
  /** Fraction of the question's marks, or null when a person must grade it (essay). */
  fraction: number | null;
  /** Feedback texts to show once graded: the chosen answers' feedback, then the general feedback. */
  feedback: string[];
  /** fraction === 1, or null for essays awaiting review. */
  correct: boolean | null;
}

/**
 * Fractions are sums of percentages divided by 100; 7 places (Moodle keeps fractions to 7) removes
 * the drift of 0.1 + 0.2 without changing any mark an author can write.
 */
const round7 = (x: number) => Math.round(x * 1e7) / 1e7 + 0; // + 0 turns −0 into 0
const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
const fractionOf = (weight: unknown) => (typeof weight === 'number' && Number.isFinite(weight) ? weight / 100 : 0);

function scored(question: QuestionInput, fraction: number | null, chosenFeedback: (string | undefined)[]): QuestionScore {
  const feedback = [...chosenFeedback, question.generalFeedback].filter(
    (text): text is string => typeof text === 'string' && text.trim() !== '',
  );
  if (fraction === null) return { fraction: null, feedback, correct: null };
  const rounded = round7(fraction);
  return { fraction: rounded, feedback, correct: rounded === 1 };
}

/**
 * The first of the parts worth the most, or undefined when there are none. Short and numeric
 * answers count a negative weight as 0 (Moodle gives them no negative grades), so a specific
 * wrong answer listed before a `*` catch-all keeps its feedback.
 */
function heaviest<T extends { weight: number }>(parts: T[]): T | undefined {
  const worth = (part: T) => Math.max(0, fractionOf(part.weight));
  let best: T | undefined;
  for (const part of parts) if (best === undefined || worth(part) > worth(best)) best = part;
  return best;
}

function scoreSingleChoice(question: SingleChoiceQuestion, response: unknown): QuestionScore {
  const chosen = indexedParts(question.options).find(([index]) => optionId(index) === response);
  if (chosen === undefined) return scored(question, 0, []);
  const [, option] = chosen;
  // A negative weight is a penalty for a wrong choice, as Moodle allows.
  return scored(question, clamp(fractionOf(option.weight), -1, 1), [option.feedback]);
}

function scoreMultipleChoice(question: MultipleChoiceQuestion, response: unknown): QuestionScore {
  if (!Array.isArray(response)) return scored(question, 0, []);
  // A Set, so that a duplicate id counts once.
  const ids = new Set(response.filter((id): id is string => typeof id === 'string'));
  const chosen = indexedParts(question.options).flatMap(([index, option]) => (ids.has(optionId(index)) ? [option] : []));
  const sum = clamp(
    chosen.reduce((total, option) => total + fractionOf(option.weight), 0),
    0,
    1,
  );
  // The validator accepts positive weights that add up to 100 ± 0.01 (three options of 33.333),
  // as Moodle does; choosing all of them must count as fully right, as Moodle counts it.
  const fraction = sum > 1 - 1.5e-4 ? 1 : sum;
  return scored(
    question,
    fraction,
    chosen.map((option) => option.feedback),
  );
}

function scoreTrueFalse(question: TrueFalseQuestion, response: unknown): QuestionScore {
  if (typeof response !== 'boolean') return scored(question, 0, []);
  return scored(question, response === question.correct ? 1 : 0, [response ? question.trueFeedback : question.falseFeedback]);
}

/** The best-weighted accepted answer that the response matches. */
function bestShortAnswer(question: ShortAnswerQuestion, response: string): ShortAnswer | undefined {
  const caseSensitive = question.caseSensitive === true;
  const text = normaliseShortAnswer(response, caseSensitive);
  if (text === '') return undefined;
  const matches = partsOf(question.answers).filter(
    (answer) => typeof answer.text === 'string' && matchesSegments(wildcardSegments(normaliseShortAnswer(answer.text, caseSensitive)), text),
  );
  return heaviest(matches);
}

function scoreShortAnswer(question: ShortAnswerQuestion, response: unknown): QuestionScore {
  const answer = typeof response === 'string' ? bestShortAnswer(question, response) : undefined;
  if (answer === undefined) return scored(question, 0, []);
  // Moodle gives short answers grades from 0 to 100% only, so a negative weight is no penalty.
  return scored(question, clamp(fractionOf(answer.weight), 0, 1), [answer.feedback]);
}

function scoreNumeric(question: NumericQuestion, response: unknown): QuestionScore {
  if (typeof response !== 'number' || !Number.isFinite(response)) return scored(question, 0, []);
  const matches = partsOf<NumericAnswer>(question.answers).filter((answer) => {
    const interval = numericInterval(answer);
    return interval !== null && inInterval(response, interval);
  });
  const answer = heaviest(matches);
  if (answer === undefined) return scored(question, 0, []);
  // Moodle's numerical question has grades from 0 to 100% only, like the short answer.
  return scored(question, clamp(fractionOf(answer.weight), 0, 1), [answer.feedback]);
}

function scoreMatching(question: MatchingQuestion, response: unknown): QuestionScore {
  const prompts = matchingPrompts(question);
  if (prompts.length === 0 || !isRecord(response)) return scored(question, 0, []);
  const choices = matchingChoices(question);
  // Object.hasOwn, so that a prompt id can never be read from Object.prototype.
  const right = prompts.filter((prompt) => Object.hasOwn(response, prompt.id) && response[prompt.id] === choices[prompt.answerIndex]?.id);
  return scored(question, right.length / prompts.length, []);
}

/**
 * A question's score for one answer, by Moodle's rules. Pure and total: a missing, unknown or
 * wrong-shaped answer scores 0 rather than throwing, since the API has already refused answers of
 * the wrong shape (answerShapeError) and a stored one must still be gradable.
 */
export function scoreQuestion(question: QuestionInput, answer: AnswerValue | null | undefined): QuestionScore {
  const response: unknown = answer;
  switch (question.type) {
    case 'single_choice':
      return scoreSingleChoice(question, response);
    case 'multiple_choice':
      return scoreMultipleChoice(question, response);
    case 'true_false':
      return scoreTrueFalse(question, response);
    case 'short_answer':
      return scoreShortAnswer(question, response);
    case 'numeric':
      return scoreNumeric(question, response);
    case 'matching':
      return scoreMatching(question, response);
    case 'essay':
      return scored(question, null, []);
    default:
      // A stored type this code does not know: nothing can be right.
      return { fraction: 0, feedback: [], correct: false };
  }
}
