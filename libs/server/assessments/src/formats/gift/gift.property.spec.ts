import type { ChoiceOption, NumericAnswer, QuestionInput, TextFormat } from '@lms/contracts';
import fc from 'fast-check';
import { parseGift } from './parse-gift';
import { writeGift } from './write-gift';

/** Every outcome is well formed: lines inside the file, clear messages, and no parser bug caught. */
function expectWellFormed(text: string): void {
  const result = parseGift(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const { line, message } of result.errors) {
    expect(Number.isInteger(line) && line >= 1 && line <= lineCount).toBe(true);
    expect(message).not.toBe('');
    expect(message).not.toContain('internal error');
  }
  for (const { line } of result.questions) expect(Number.isInteger(line) && line >= 1 && line <= lineCount).toBe(true);
}

/** Pieces that exercise GIFT: every special character, escapes, tags, Lao, and line breaks. */
const PIECES = [
  'a',
  'Grant',
  'T',
  'n',
  '7',
  '.',
  ' ',
  '\t',
  '\n',
  'ພາສາລາວ',
  'ວຽງຈັນ',
  '😀',
  '{',
  '}',
  '~',
  '=',
  '#',
  ':',
  '::',
  '####',
  '%',
  '%50%',
  '\\',
  '\\n',
  '-',
  '>',
  '->',
  '..',
  '$',
  '$CATEGORY:',
  '$course$/',
  '[',
  ']',
  '[html]',
  '[Note]',
  '[x]',
  '//',
  '*',
];

const giftish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Question-shaped text, so that most blocks get past the braces and exercise each type's reader. */
const words = fc
  .array(fc.constantFrom('a', 'ລາວ', ' ', '\\=', '\\#', '\\{', '\\}', '\\~', '\\:', '\\\\', '\\n', '%', '[html]', '-', '>', '7', '\n', ':', '//', '[x]'), {
    maxLength: 6,
  })
  .map((pieces) => pieces.join(''));
const choiceAnswer = fc
  .tuple(fc.constantFrom('=', '~', '~%50%', '=%-10%', '~%33.3%', '=%x%'), words, fc.constantFrom('', ' -> ', '#', ' #', '->'), words)
  .map((pieces) => pieces.join(''));
const trueFalse = fc
  .tuple(fc.constantFrom('T', 'F', 'TRUE', 'FALSE', 't'), fc.constantFrom('', '#', '##'), words, fc.constantFrom('', '#'), words)
  .map((pieces) => pieces.join(''));
const numericAnswers = fc
  .array(
    fc
      .tuple(fc.constantFrom('', '=', '=%50%'), fc.constantFrom('1', '-2.5', '1e3', '1..5', '3:0.5', 'x', '..'), fc.constantFrom('', '#ok', ' #'))
      .map((pieces) => pieces.join('')),
    { maxLength: 3 },
  )
  .map((answers) => `#${answers.join(' ')}`);
const answerBlock = fc.oneof(fc.array(choiceAnswer, { maxLength: 5 }).map((answers) => answers.join(' ')), trueFalse, numericAnswers);
const questionish = fc
  .tuple(
    fc.oneof(fc.constant(''), words.map((w) => `::${w}::`)),
    fc.constantFrom('', '[html]', '[markdown]', '[md]'),
    words,
    answerBlock,
    fc.oneof(fc.constant(''), words.map((w) => `####${w}`)),
    fc.oneof(fc.constant(''), words),
  )
  .map(([title, tag, before, block, general, after]) => `${title}${tag}${before}{${block}${general}}${after}`);
const giftFile = fc
  .array(fc.oneof(questionish, questionish, questionish, giftish, fc.constantFrom('$CATEGORY: a/b', '$CATEGORY: $course$/x', '// comment')), { maxLength: 6 })
  .map((blocks) => blocks.join('\n\n'));

describe('parseGift never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), expectWellFormed), { numRuns: 1000 });
  });

  it('on arbitrary Unicode, astral planes included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), expectWellFormed), { numRuns: 500 });
  });

  it("on strings built from GIFT's special characters", () => {
    const lines = fc.array(giftish, { maxLength: 8 }).map((ls) => ls.join('\n'));
    fc.assert(fc.property(lines, expectWellFormed), { numRuns: 1000 });
    fc.assert(fc.property(giftFile, expectWellFormed), { numRuns: 1000 });
  });
});

// ----------------------------------------------------------------- GIFT-expressible questions

/** Canonical text: trimmed and not empty, as every parsed text is. */
const text = (pieces = PIECES) =>
  fc
    .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 })
    .map((p) => p.join('').trim())
    .filter((s) => s.length > 0);

/** GIFT cannot escape "->": in a short answer it would make a matching question, in a matching item it would end the item. */
const textWithoutArrow = text().filter((s) => !s.includes('->'));

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

const weight = fc.oneof(
  fc.constantFrom(0, 100, 50, -100, 33.33333, -33.33333, 0.00001),
  fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100_000),
);

/** Any finite number but -0, which GIFT writes as 0. */
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));

const format = fc.constantFrom<TextFormat>('moodle', 'html', 'markdown', 'plain');

/** A category line ends at the line's end, and Moodle's context segment ($course$/) is dropped. */
const category = text(PIECES.filter((p) => !p.includes('\n'))).filter((c) => !/^\$[a-z]+\$\s*(?:\/|$)/.test(c));

/**
 * An ordinary prompt, or a missing-word one: the text before the blank (no leading whitespace)
 * and after it (no trailing whitespace), either of which may be empty.
 */
const prompt = fc.oneof(
  text().map((p) => ({ prompt: p })),
  fc
    .tuple(fc.option(text().map((t) => t + ' '), { nil: '' }), fc.option(text().map((t) => ' ' + t), { nil: '' }), fc.boolean())
    .map(([before, after, tight]) => (tight ? [before.trimEnd(), after.trimStart()] : [before, after]))
    .filter(([before, after]) => before + after !== '')
    .map(([before, after]) => ({ prompt: before + after, blankAt: before.length })),
);

/** Only the keys whose value is defined, as the parser writes them. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const common = fc
  .record({
    title: optional(text()),
    prompt,
    format,
    category: optional(category),
    generalFeedback: optional(text()),
  })
  .map(({ prompt: p, ...rest }) => ({ ...rest, ...p }));

const option: fc.Arbitrary<ChoiceOption> = fc.record({ text: text(), weight, feedback: optional(text()) }).map(compact);

const singleChoice = fc
  .tuple(fc.array(option, { minLength: 2, maxLength: 5 }), fc.nat())
  // GIFT says "single choice" with its one "=" answer, so one option must be worth 100%.
  .map(([options, right]) => options.map((o, i) => (i === right % options.length ? { ...o, weight: 100 } : o)));

const numericAnswer: fc.Arbitrary<NumericAnswer> = fc
  .tuple(
    fc.oneof(
      fc.record({ value: number, tolerance: number }),
      fc.record({ min: number, max: number }),
    ),
    weight,
    optional(text()),
  )
  .map(([value, w, feedback]) => compact({ ...value, weight: w, feedback }));

const body: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({ type: 'essay' }),
  fc.record({ type: fc.constant('true_false'), correct: fc.boolean(), trueFeedback: optional(text()), falseFeedback: optional(text()) }).map(compact),
  singleChoice.map((options) => ({ type: 'single_choice', options })),
  fc.array(option, { minLength: 2, maxLength: 5 }).map((options) => ({ type: 'multiple_choice', options })),
  fc
    .array(fc.record({ text: textWithoutArrow, weight, feedback: optional(textWithoutArrow) }).map(compact), { minLength: 1, maxLength: 4 })
    .map((answers) => ({ type: 'short_answer', answers })),
  fc.array(numericAnswer, { minLength: 1, maxLength: 3 }).map((answers) => ({ type: 'numeric', answers })),
  fc
    .array(fc.record({ prompt: fc.oneof(textWithoutArrow, fc.constant('')), answer: text() }), { minLength: 2, maxLength: 5 })
    .map((pairs) => ({ type: 'matching', pairs })),
);

const question: fc.Arbitrary<QuestionInput> = fc.tuple(common, body).map(([c, b]) => compact({ ...c, ...b }) as unknown as QuestionInput);

describe('writeGift then parseGift', () => {
  it('gives back every GIFT-expressible list of questions', () => {
    fc.assert(
      fc.property(fc.array(question, { maxLength: 6 }), (questions) => {
        const gift = writeGift(questions);
        const result = parseGift(gift);
        expect(result.errors).toEqual([]);
        expect(result.questions.map((q) => q.question)).toEqual(questions);
      }),
      { numRuns: 1000 },
    );
  });

  it('is stable on whatever the parser reads from GIFT-like text', () => {
    fc.assert(
      fc.property(giftFile, (gift) => {
        const first = parseGift(gift).questions.map((q) => q.question);
        const again = parseGift(writeGift(first));
        expect(again.errors).toEqual([]);
        expect(again.questions.map((q) => q.question)).toEqual(first);
      }),
      { numRuns: 1000 },
    );
  });
});
