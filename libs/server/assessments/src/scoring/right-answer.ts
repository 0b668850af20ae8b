import { optionId, type AnswerValue, type QuestionInput, type WeightedAnswer } from '@lms/contracts';
import { indexedParts } from './json-parts';
import { matchingKey } from './matching-ids';
import { numericMidpoint } from './numeric-interval';
import { normaliseShortAnswer, typeableAnswer } from './short-answer-text';

const positive = (weight: unknown): weight is number => typeof weight === 'number' && Number.isFinite(weight) && weight > 0;

/** The first part with the highest positive weight: the one worth full marks in a valid question. */
function best<T extends WeightedAnswer>(parts: [number, T][]): [number, T] | undefined {
  let found: [number, T] | undefined;
  for (const entry of parts) if (positive(entry[1].weight) && (found === undefined || entry[1].weight > found[1].weight)) found = entry;
  return found;
}

/**
 * What would have scored full marks, in the answer shape of the type; shown with the feedback.
 * Undefined for an essay, and for a question where nothing earns marks.
 */
export function rightAnswer(question: QuestionInput): AnswerValue | undefined {
  switch (question.type) {
    case 'single_choice': {
      // Options keep their positions, since their ids come from them.
      const found = best(indexedParts(question.options));
      return found && optionId(found[0]);
    }
    case 'multiple_choice': {
      const ids = indexedParts(question.options).flatMap(([index, option]) => (positive(option.weight) ? [optionId(index)] : []));
      return ids.length > 0 ? ids : undefined;
    }
    case 'true_false':
      return typeof question.correct === 'boolean' ? question.correct : undefined;
    case 'short_answer': {
      // Skip answers that normalise to nothing: no response can match them.
      const answers = indexedParts(question.answers).filter(([, answer]) => typeof answer.text === 'string' && normaliseShortAnswer(answer.text) !== '');
      const found = best(answers);
      return found && typeableAnswer(found[1].text);
    }
    case 'numeric': {
      const answers = indexedParts(question.answers).filter(([, answer]) => numericMidpoint(answer) !== null);
      const found = best(answers);
      return found && (numericMidpoint(found[1]) ?? undefined);
    }
    case 'matching': {
      const key = matchingKey(question);
      return Object.keys(key).length > 0 ? key : undefined;
    }
    case 'essay':
      return undefined;
    default:
      return undefined;
  }
}
