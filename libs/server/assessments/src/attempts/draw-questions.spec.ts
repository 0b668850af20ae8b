import type { QuestionInput, QuizSettings } from '@lms/contracts';
import type { StoredQuestion } from '../banks/question-banks.repository';
import { drawQuestions, shuffled } from './draw-questions';

const choice = (n: number): QuestionInput => ({ type: 'single_choice', prompt: `q${n}`, format: 'moodle', points: n, options: [{ text: 'a', weight: 100 }, { text: 'b', weight: 0 }, { text: 'c', weight: 0 }] });
const bank: StoredQuestion[] = [1, 2, 3, 4, 5].map((n) => ({ id: `id${n}`, version: n, definition: choice(n) }));
const settings = (over: Partial<QuizSettings>): QuizSettings => ({
  questionBankId: 'b',
  selection: { mode: 'all' },
  passPercent: 50,
  timeLimitMinutes: null,
  maxAttempts: null,
  shuffle: false,
  shuffleOptions: false,
  scorePolicy: 'highest',
  feedback: 'after_grading',
  requiresOtherModules: false,
  ...over,
});
/** A deterministic stand-in for crypto.randomInt: always the last index, so Fisher–Yates reverses. */
const last = (max: number) => max - 1;
const first = () => 0;

describe('drawQuestions', () => {
  it('shows every question in bank order, with their versions and marks, unshuffled', () => {
    const { refs } = drawQuestions(bank, settings({}), first);
    expect(refs).toEqual(bank.map((q, i) => ({ questionId: q.id, version: q.version, points: i + 1, order: null })));
  });

  it('draws N at random and keeps bank order unless asked to shuffle', () => {
    const { refs } = drawQuestions(bank, settings({ selection: { mode: 'random', count: 2 } }), first);
    expect(refs).toHaveLength(2);
    const ids = refs.map((r) => r.questionId);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(2);
    expect(drawQuestions(bank, settings({ selection: { mode: 'random', count: 9 } }), first).refs).toHaveLength(5);
  });

  it('shuffles questions and options when told, with a fresh order per attempt', () => {
    const { refs } = drawQuestions(bank, settings({ shuffle: true, shuffleOptions: true }), first);
    expect(refs.map((r) => r.questionId)).not.toEqual(bank.map((q) => q.id));
    for (const r of refs) expect([...r.order!].sort()).toEqual([0, 1, 2]);
  });

  it('always shuffles matching choices, so an answer never sits beside its prompt by construction', () => {
    const matching: StoredQuestion = { id: 'm', version: 1, definition: { type: 'matching', prompt: 'p', format: 'moodle', pairs: [{ prompt: 'a', answer: '1' }, { prompt: 'b', answer: '2' }] } };
    expect(drawQuestions([matching], settings({}), first).refs[0].order).toEqual([1, 0]);
  });

  it('shuffled() is a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4];
    expect(shuffled(input, last)).toEqual([1, 2, 3, 4]);
    expect(shuffled(input, first)).toEqual([2, 3, 4, 1]);
    expect([...shuffled(input)].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4]);
  });
});
