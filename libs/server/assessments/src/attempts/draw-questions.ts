import { randomInt } from 'node:crypto';
import type { QuestionInput, QuizSettings } from '@lms/contracts';
import type { StoredQuestion } from '../banks/question-banks.repository';
import { matchingChoices } from '../scoring';
import type { AttemptQuestionRef } from './attempts.repository';

export type Random = (maxExclusive: number) => number;
const cryptoRandom: Random = (max) => randomInt(max);

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: Random = cryptoRandom): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function optionCount(q: QuestionInput): number {
  if (q.type === 'single_choice' || q.type === 'multiple_choice') return q.options.length;
  if (q.type === 'matching') return matchingChoices(q).length;
  return 0;
}

/**
 * The questions an attempt shows, as the quiz's settings say: all of them or N drawn at random,
 * optionally in shuffled order, each with its options' display order. Matching choices are always
 * shuffled: in authored order each prompt's answer would sit beside it.
 */
export function drawQuestions(candidates: StoredQuestion[], settings: QuizSettings, random: Random = cryptoRandom): { refs: AttemptQuestionRef[]; drawn: StoredQuestion[] } {
  let drawn = candidates;
  if (settings.selection.mode === 'random') drawn = shuffled(candidates, random).slice(0, settings.selection.count);
  if (settings.shuffle) drawn = shuffled(drawn, random);
  else if (settings.selection.mode === 'random') drawn = candidates.filter((c) => drawn.includes(c));
  const refs = drawn.map((q) => {
    const count = optionCount(q.definition);
    const shuffle = count > 1 && (settings.shuffleOptions || q.definition.type === 'matching');
    return { questionId: q.id, version: q.version, points: q.definition.points ?? 1, order: shuffle ? shuffled([...Array(count).keys()], random) : null };
  });
  return { refs, drawn };
}
