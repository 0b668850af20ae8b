import type { ChoiceOption, MatchingPair, NumericAnswer, QuestionInput, ShortAnswer, TextFormat } from '@lms/contracts';
import { TEXT_FORMATS } from '@lms/contracts';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { parseMoodleXml, type MoodleXmlParseResult } from './parse-moodle-xml';
import { writeMoodleXml } from './write-moodle-xml';

// ------------------------------------------------------------------ canonical values

/** What survives XML: no characters XML forbids, no CR (parsers turn it into LF), trimmed. */
const NON_XML = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const canonical = (text: string) => text.replace(NON_XML, '').trim();

const AWKWARD = ['<', '>', '&', '&amp;', '&#x0E9E;', ']]>', ']]', '<![CDATA[', '"', "'", '<p>', '</p>', '<!--', '-->', '*', '/', ' ', '\n', '\t', '\u00A0', 'ພາສາລາວ', 'ສະບາຍດີ'];
const piece = fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const anyText = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => canonical(pieces.join('')));
const text = anyText.filter((value) => value !== '');

const noNegativeZero = (value: number) => (value === 0 ? 0 : value);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const weight = fc.oneof(fc.constantFrom(100, 50, 33.33333, 0, -50, -100), fc.double({ min: -100, max: 100, noNaN: true }).map(noNegativeZero));
const points = fc.oneof(fc.constantFrom(1, 2, 0.5), fc.double({ min: 0, max: 1000, noNaN: true }).map(noNegativeZero));
const format = fc.constantFrom<TextFormat>(...TEXT_FORMATS);
const segment = text.map((value) => canonical(value.replaceAll('/', ''))).filter((value) => value !== '');
const category = fc.array(segment, { minLength: 1, maxLength: 3 }).map((names) => ['top', ...names].join('/'));

/** Moodle requires a name, so a question Moodle XML can express always has a title. */
const common = {
  title: text,
  prompt: text,
  format,
  category,
  generalFeedback: text,
  points,
};
const COMMON_REQUIRED = ['title', 'prompt', 'format'] as const;

const option: fc.Arbitrary<ChoiceOption> = fc.record({ text, weight, feedback: text }, { requiredKeys: ['text', 'weight'] });
const shortAnswer: fc.Arbitrary<ShortAnswer> = fc.record({ text, weight, feedback: text }, { requiredKeys: ['text', 'weight'] });
const numericAnswer: fc.Arbitrary<NumericAnswer> = fc.record(
  { value: finite, tolerance: fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero), weight, feedback: text },
  { requiredKeys: ['value', 'tolerance', 'weight'] },
);
const pair: fc.Arbitrary<MatchingPair> = fc.record({ prompt: fc.oneof(text, fc.constant('')), answer: text });
const prompted: fc.Arbitrary<MatchingPair> = fc.record({ prompt: text, answer: text });

const question: fc.Arbitrary<QuestionInput> = fc.oneof(
  fc.record({ ...common, type: fc.constant('single_choice' as const), options: fc.array(option, { minLength: 2, maxLength: 5 }) }, { requiredKeys: [...COMMON_REQUIRED, 'type', 'options'] }),
  fc.record({ ...common, type: fc.constant('multiple_choice' as const), options: fc.array(option, { minLength: 2, maxLength: 5 }) }, { requiredKeys: [...COMMON_REQUIRED, 'type', 'options'] }),
  fc.record({ ...common, type: fc.constant('true_false' as const), correct: fc.boolean(), trueFeedback: text, falseFeedback: text }, { requiredKeys: [...COMMON_REQUIRED, 'type', 'correct'] }),
  fc.record(
    { ...common, type: fc.constant('short_answer' as const), answers: fc.array(shortAnswer, { minLength: 1, maxLength: 4 }), caseSensitive: fc.constant(true) },
    { requiredKeys: [...COMMON_REQUIRED, 'type', 'answers'] },
  ),
  fc.record({ ...common, type: fc.constant('numeric' as const), answers: fc.array(numericAnswer, { minLength: 1, maxLength: 4 }) }, { requiredKeys: [...COMMON_REQUIRED, 'type', 'answers'] }),
  fc.record(
    { ...common, type: fc.constant('matching' as const), pairs: fc.tuple(prompted, fc.array(pair, { maxLength: 4 })).map(([first, rest]) => [first, ...rest]) },
    { requiredKeys: [...COMMON_REQUIRED, 'type', 'pairs'] },
  ),
  fc.record({ ...common, type: fc.constant('essay' as const), graderInfo: text }, { requiredKeys: [...COMMON_REQUIRED, 'type'] }),
);

// ------------------------------------------------------------------ XML-ish input

const FRAGMENTS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE quiz [<!ENTITY a "b">]>',
  '<quiz>',
  '</quiz>',
  '<question type="multichoice">',
  '<question type="truefalse">',
  '<question type="shortanswer">',
  '<question type="numerical">',
  '<question type="matching">',
  '<question type="essay">',
  '<question type="category">',
  '<question type="cloze">',
  '<question>',
  '<question/>',
  '</question>',
  '<category>',
  '</category>',
  '<name>',
  '</name>',
  '<questiontext format="html">',
  '</questiontext>',
  '<text>',
  '</text>',
  '<text/>',
  '<answer fraction="100">',
  '<answer fraction="-33.3">',
  '<answer fraction="oops">',
  '</answer>',
  '<tolerance>',
  '</tolerance>',
  '<subquestion>',
  '</subquestion>',
  '<single>false</single>',
  '<defaultgrade>1.0000000</defaultgrade>',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '&amp;',
  '&#x0E9E;',
  '&#0;',
  '&#x110000;',
  '&bogus;',
  '$course$/top/',
  'true',
  'false',
  '*',
  '3.14',
  'ພາສາລາວ',
  '<constructor>',
  '<__proto__>',
  '"',
  "'",
  '<',
  '>',
  '/',
  '\n',
  '\r\n',
];
const xmlish = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((parts) => parts.join(''));

function expectWellFormedResult(result: MoodleXmlParseResult): void {
  expect(Array.isArray(result.questions)).toBe(true);
  expect(Array.isArray(result.errors)).toBe(true);
  for (const { line } of [...result.questions, ...result.errors]) {
    expect(Number.isInteger(line)).toBe(true);
    expect(line).toBeGreaterThanOrEqual(1);
  }
  for (const error of result.errors) expect(typeof error.message).toBe('string');
}

describe('parseMoodleXml never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (input) => {
        expectWellFormedResult(parseMoodleXml(input));
      }),
      { numRuns: 300 },
    );
  });

  it('on XML-ish strings built from Moodle fragments', () => {
    fc.assert(
      fc.property(xmlish, (input) => {
        expectWellFormedResult(parseMoodleXml(input));
        expectWellFormedResult(parseMoodleXml(`<quiz>${input}</quiz>`));
      }),
      { numRuns: 500 },
    );
  });

  it('on valid files with a slice cut out or a fragment pasted in', () => {
    const damaged = fc
      .tuple(fc.array(question, { minLength: 1, maxLength: 3 }), fc.nat(), fc.nat(), fc.constantFrom(...FRAGMENTS, ''))
      .map(([questions, at, length, fragment]) => {
        const xml = writeMoodleXml(questions);
        const start = at % xml.length;
        return xml.slice(0, start) + fragment + xml.slice(Math.min(xml.length, start + (length % 40)));
      });
    fc.assert(
      fc.property(damaged, (input) => {
        expectWellFormedResult(parseMoodleXml(input));
      }),
      { numRuns: 200 },
    );
  });
});

describe('writeMoodleXml then parseMoodleXml', () => {
  it('gives back exactly the questions written, each on its own line', () => {
    fc.assert(
      fc.property(fc.array(question, { maxLength: 6 }), (questions) => {
        const xml = writeMoodleXml(questions);
        const result = parseMoodleXml(xml);
        expect(result.errors).toEqual([]);
        expect(result.questions.map((parsed) => parsed.question)).toEqual(questions);
        const lines = result.questions.map((parsed) => parsed.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(new Set(lines).size).toBe(lines.length);
      }),
      { numRuns: 200 },
    );
  });

  it('writes well-formed XML whatever the texts hold', () => {
    const wild = fc.string({ unit: 'binary', maxLength: 30 });
    const anyQuestion = fc.record({
      type: fc.constant('essay' as const),
      title: wild,
      prompt: wild,
      format,
      category: wild,
      generalFeedback: wild,
      graderInfo: wild,
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(anyQuestion, question), { maxLength: 4 }), (questions) => {
        expect(XMLValidator.validate(writeMoodleXml(questions))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
