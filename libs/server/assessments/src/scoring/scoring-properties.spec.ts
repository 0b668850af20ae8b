import { QUESTION_TYPES, type AnswerValue, type QuestionInput } from '@lms/contracts';
import fc from 'fast-check';
import { validateQuestion } from '../questions';
import { answerShapeError } from './answer-shape';
import { rightAnswer } from './right-answer';
import { scoreQuestion } from './score-question';

// Characters that stress matching: wildcards and escapes, every kind of space, Lao marks that
// normalisation reorders or composes, and letters whose case mapping changes their length.
const tricky = fc.constantFrom(
  ...['a', 'B', 'z', '0', '*', '\\', '.', ' ', '\t', '\n', '\u00A0', '\u3000', '\u200B', '\uFEFF', 'ß', 'İ', 'Σ', 'é', '\u0301'],
  ...['\u0E81', '\u0E99', '\u0EA1', '\u0EB2', '\u0EB3', '\u0EB4', '\u0EB8', '\u0EC8', '\u0EC9', '\u0ECD'],
  // Sequences, so that escapes and misordered Lao are common enough to be found.
  ...['\\*', '\\\\*', '\u0EC8\u0EB4', '\u0ECD\u0EC9\u0EB2', '\u0EB3\u0EC8', '\u200B*', '\\\u200B*'],
);
const char = fc.oneof({ weight: 4, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) });
const text = fc.string({ unit: char, minLength: 1, maxLength: 12 });
const weight = fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ min: -100, max: 100, noNaN: true }));
const feedback = fc.option(text, { nil: undefined });
const common = { prompt: fc.constant('Question?'), generalFeedback: feedback };

/** Puts `item` at a random place in `items`. */
const withInserted = <T>(items: fc.Arbitrary<T[]>, item: fc.Arbitrary<T>) =>
  fc.tuple(items, item, fc.nat()).map(([list, extra, at]) => {
    const copy = [...list];
    copy.splice(at % (copy.length + 1), 0, extra);
    return copy;
  });

/** An option or a short answer. */
const weightedText = fc.record({ text, weight, feedback }, { requiredKeys: ['text', 'weight'] });
const fullMarks = weightedText.map((part) => ({ ...part, weight: 100 }));

const singleChoice = fc.record({ ...common, type: fc.constant('single_choice'), options: withInserted(fc.array(weightedText, { minLength: 1, maxLength: 5 }), fullMarks) });

// Positive weights that add up to 100 (or, rounded to 3 places as Moodle authors write them, to
// within 0.01 of it), mixed with zero and negative ones.
const multipleChoice = fc
  .tuple(fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), fc.array(fc.double({ min: -100, max: 0, noNaN: true }), { maxLength: 3 }), fc.boolean())
  .chain(([shares, others, rounded]) => {
    const total = shares.reduce((a, b) => a + b, 0);
    const positives = shares.map((share) => (rounded ? Math.round((100 * share) / total * 1000) / 1000 : (100 * share) / total));
    const weights = [...positives, ...others];
    return fc.record({
      ...common,
      type: fc.constant('multiple_choice'),
      options: fc.shuffledSubarray(weights, { minLength: weights.length, maxLength: weights.length }).chain((ordered) => fc.tuple(...ordered.map((w) => fc.record({ text, weight: fc.constant(w), feedback }, { requiredKeys: ['text', 'weight'] })))),
    });
  });

const trueFalse = fc.record({ ...common, type: fc.constant('true_false'), correct: fc.boolean(), trueFeedback: feedback, falseFeedback: feedback });

const shortAnswer = fc.record({
  ...common,
  type: fc.constant('short_answer'),
  caseSensitive: fc.option(fc.boolean(), { nil: undefined }),
  answers: withInserted(fc.array(weightedText, { maxLength: 4 }), fullMarks),
});

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const small = fc.double({ min: -1000, max: 1000, noNaN: true });
const number = fc.oneof(small, finite);
const nominal = fc.record({ value: number, tolerance: fc.oneof(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })) });
const range = fc.tuple(number, number).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) }));
const numericAnswer = fc.tuple(fc.oneof(nominal, range), weight).map(([bounds, w]) => ({ ...bounds, weight: w }));
const numeric = fc.record({
  ...common,
  type: fc.constant('numeric'),
  answers: withInserted(fc.array(numericAnswer, { maxLength: 3 }), numericAnswer.map((answer) => ({ ...answer, weight: 100 }))),
});

// A small alphabet, so that answer texts repeat and distractors coincide with real answers.
const label = fc.constantFrom('a', 'b', 'B', ' a', 'ກ', 'c*');
const matching = fc.record({
  ...common,
  type: fc.constant('matching'),
  pairs: fc
    .tuple(fc.array(fc.record({ prompt: label, answer: label }), { minLength: 2, maxLength: 5 }), fc.array(fc.record({ prompt: fc.constantFrom('', ' '), answer: label }), { maxLength: 2 }))
    .map(([pairs, distractors]) => [...pairs, ...distractors]),
});

const essay = fc.record({ ...common, type: fc.constant('essay') });

const candidate = fc.oneof(singleChoice, multipleChoice, trueFalse, shortAnswer, numeric, matching, essay);
const validQuestion: fc.Arbitrary<QuestionInput> = candidate
  .map((input) => validateQuestion(input).question)
  .filter((question): question is QuestionInput => question !== undefined);

const ids = fc.constantFrom('o1', 'o2', 'o3', 'o9', 'p1', 'p2', 'p3', 'c1', 'c2', 'c3', '__proto__', 'constructor');
const anyAnswer: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -Infinity, true, false),
  ids,
  fc.array(ids),
  fc.dictionary(ids, ids),
  text,
  number,
);

describe('scoring properties', () => {
  it('never throws, and gives a fraction in [−1, 1] (negative only for single choice), or null for an essay', () => {
    fc.assert(
      fc.property(validQuestion, anyAnswer, (question, answer) => {
        const score = scoreQuestion(question, answer as AnswerValue);
        expect(score.feedback.every((item) => typeof item === 'string')).toBe(true);
        if (question.type === 'essay') {
          expect(score).toMatchObject({ fraction: null, correct: null });
          return;
        }
        const { fraction } = score;
        expect(typeof fraction).toBe('number');
        expect(fraction).toBeGreaterThanOrEqual(question.type === 'single_choice' ? -1 : 0);
        expect(fraction).toBeLessThanOrEqual(1);
        expect(score.correct).toBe(fraction === 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives full marks for the right answer of every valid question, and the right answer has a valid shape', () => {
    fc.assert(
      fc.property(validQuestion, (question) => {
        const right = rightAnswer(question);
        if (question.type === 'essay') {
          expect(right).toBeUndefined();
          return;
        }
        expect(right).toBeDefined();
        expect(scoreQuestion(question, right).fraction).toBe(1);
        expect(answerShapeError(question, right)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('stays total on stored questions whose parts are junk', () => {
    const junk = fc.record({
      type: fc.constantFrom(...QUESTION_TYPES),
      prompt: fc.constant('Q'),
      format: fc.constant('plain'),
      options: fc.anything(),
      answers: fc.oneof(fc.anything(), fc.array(fc.dictionary(fc.constantFrom('text', 'weight', 'value', 'tolerance', 'min', 'max', 'feedback'), fc.anything()))),
      pairs: fc.oneof(fc.anything(), fc.array(fc.dictionary(fc.constantFrom('prompt', 'answer'), fc.anything()))),
      correct: fc.anything(),
      caseSensitive: fc.anything(),
      generalFeedback: fc.anything(),
    });
    fc.assert(
      fc.property(junk, anyAnswer, (question, answer) => {
        const q = question as unknown as QuestionInput;
        const score = scoreQuestion(q, answer as AnswerValue);
        expect(score.fraction === null || (score.fraction >= -1 && score.fraction <= 1)).toBe(true);
        rightAnswer(q);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts most generated questions, so the properties above test something', () => {
    const samples = fc.sample(candidate, { numRuns: 500, seed: 1 });
    const accepted = samples.filter((input) => validateQuestion(input).question !== undefined).length;
    expect(accepted).toBeGreaterThan(samples.length * 0.6);
  });
});
