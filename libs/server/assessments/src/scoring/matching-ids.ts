import { choiceId, promptId, type MatchingQuestion } from '@lms/contracts';

export interface MatchingPrompt {
  /** `p1`, `p2`… numbered among the pairs that have a prompt. */
  id: string;
  text: string;
  /** Index in `matchingChoices(question)` of this prompt's right choice. */
  answerIndex: number;
}

export interface MatchingChoice {
  /** `c1`, `c2`… numbered among the distinct answer texts. */
  id: string;
  text: string;
}

type Pairs = Pick<MatchingQuestion, 'pairs'>;

/**
 * A blank prompt (whitespace only counts as blank) makes its pair a distractor, as Moodle treats
 * it; a pair with neither prompt nor answer is an empty form row and is ignored altogether.
 */
const isDistractor = (prompt: string) => prompt.trim() === '';
const isEmptyRow = (pair: { prompt: string; answer: string }) => isDistractor(pair.prompt) && pair.answer.trim() === '';

/** Guards against a stored question that never went through validateQuestion. */
function pairsOf(question: Pairs): { prompt: string; answer: string }[] {
  if (!Array.isArray(question.pairs)) return [];
  return question.pairs.filter(
    (pair): pair is { prompt: string; answer: string } =>
      typeof pair === 'object' && pair !== null && typeof pair.prompt === 'string' && typeof pair.answer === 'string',
  );
}

/**
 * The right-hand choices: every distinct answer text, distractors included, in order of first
 * appearance. Texts are compared exactly, so that the learner view and the scorer cannot disagree
 * about which texts are "the same".
 */
export function matchingChoices(question: Pairs): MatchingChoice[] {
  const seen = new Set<string>();
  const choices: MatchingChoice[] = [];
  for (const pair of pairsOf(question)) {
    if (isEmptyRow(pair) || seen.has(pair.answer)) continue;
    seen.add(pair.answer);
    choices.push({ id: choiceId(choices.length), text: pair.answer });
  }
  return choices;
}

/** The left-hand items, each with the index of the choice that is its right answer. */
export function matchingPrompts(question: Pairs): MatchingPrompt[] {
  const choiceIndex = new Map(matchingChoices(question).map((choice, index) => [choice.text, index]));
  const prompts: MatchingPrompt[] = [];
  for (const pair of pairsOf(question)) {
    if (isDistractor(pair.prompt)) continue;
    // Every non-distractor pair's answer is among the choices, so the lookup always succeeds.
    prompts.push({ id: promptId(prompts.length), text: pair.prompt, answerIndex: choiceIndex.get(pair.answer) ?? -1 });
  }
  return prompts;
}

/** Prompt id → the id of its right choice: the full-marks answer. */
export function matchingKey(question: Pairs): Record<string, string> {
  const choices = matchingChoices(question);
  const key: Record<string, string> = {};
  for (const prompt of matchingPrompts(question)) key[prompt.id] = choices[prompt.answerIndex].id;
  return key;
}
