import type { MatchingQuestion } from '@lms/contracts';
import { matchingChoices, matchingKey, matchingPrompts } from './matching-ids';

const matching = (pairs: MatchingQuestion['pairs']): MatchingQuestion => ({ type: 'matching', prompt: 'Match', format: 'plain', pairs });

describe('matching ids', () => {
  const question = matching([
    { prompt: 'Dog', answer: 'mammal' },
    { prompt: '', answer: 'insect' },
    { prompt: 'Cat', answer: 'mammal' },
    { prompt: 'Gecko', answer: 'reptile' },
  ]);

  it('numbers the prompts among the pairs that have one, and points each at its right choice', () => {
    expect(matchingPrompts(question)).toEqual([
      { id: 'p1', text: 'Dog', answerIndex: 0 },
      { id: 'p2', text: 'Cat', answerIndex: 0 },
      { id: 'p3', text: 'Gecko', answerIndex: 2 },
    ]);
  });

  it('makes one choice per distinct answer text, distractors included, in order of first appearance', () => {
    expect(matchingChoices(question)).toEqual([
      { id: 'c1', text: 'mammal' },
      { id: 'c2', text: 'insect' },
      { id: 'c3', text: 'reptile' },
    ]);
  });

  it('gives the full-marks map from prompt id to choice id', () => {
    expect(matchingKey(question)).toEqual({ p1: 'c1', p2: 'c1', p3: 'c3' });
  });

  it('treats a whitespace-only prompt as a distractor and ignores a row with neither prompt nor answer', () => {
    const q = matching([
      { prompt: '  ', answer: 'x' },
      { prompt: '', answer: ' ' },
      { prompt: 'A', answer: 'y' },
    ]);
    expect(matchingPrompts(q)).toEqual([{ id: 'p1', text: 'A', answerIndex: 1 }]);
    expect(matchingChoices(q)).toEqual([
      { id: 'c1', text: 'x' },
      { id: 'c2', text: 'y' },
    ]);
  });

  it('compares answer texts exactly, so texts that differ in case are two choices', () => {
    const q = matching([
      { prompt: 'A', answer: 'Yes' },
      { prompt: 'B', answer: 'yes' },
    ]);
    expect(matchingChoices(q).map((choice) => choice.text)).toEqual(['Yes', 'yes']);
  });

  it('skips pairs that are not well formed rather than throwing', () => {
    const q = { ...matching([]), pairs: [null, { prompt: 1, answer: 'x' }, { prompt: 'A', answer: 'y' }] } as unknown as MatchingQuestion;
    expect(matchingKey(q)).toEqual({ p1: 'c1' });
    expect(matchingKey({ ...matching([]), pairs: undefined } as unknown as MatchingQuestion)).toEqual({});
  });
});
