import {
  QUESTION_TYPES,
  TEXT_FORMATS,
  type ChoiceOption,
  type EssayQuestion,
  type MatchingPair,
  type NumericAnswer,
  type QuestionCommon,
  type QuestionInput,
  type QuestionType,
  type ShortAnswer,
  type ShortAnswerQuestion,
  type TextFormat,
  type TrueFalseQuestion,
} from '@lms/contracts';
import { isRecord } from '../scoring/json-parts';
import { normaliseShortAnswer } from '../scoring/short-answer-text';
import { longerThan } from '../scoring/text-length';

export type QuestionValidation = { question: QuestionInput; problems: [] } | { question?: undefined; problems: string[] };

/** Lengths in characters (code points), and other bounds on an authored question. */
export const QUESTION_LIMITS = {
  prompt: 20_000,
  title: 255,
  category: 255,
  feedback: 5_000,
  graderInfo: 20_000,
  /** Option texts, matching prompts and matching answers. */
  partText: 5_000,
  /** No learner can type more than this (MAX_SHORT_ANSWER_LENGTH), so no accepted answer needs more. */
  shortAnswerText: 1_000,
  maxPoints: 1_000,
  /** Options, answers or pairs in one question. */
  maxParts: 100,
} as const;

const COMMON_FIELDS = ['type', 'title', 'prompt', 'format', 'category', 'generalFeedback', 'points', 'blankAt'];
const TYPE_FIELDS: Record<QuestionType, string[]> = {
  single_choice: ['options'],
  multiple_choice: ['options'],
  true_false: ['correct', 'trueFeedback', 'falseFeedback'],
  short_answer: ['answers', 'caseSensitive'],
  numeric: ['answers'],
  matching: ['pairs'],
  essay: ['graderInfo'],
};
const OPTION_FIELDS = ['text', 'weight', 'feedback'];
const SHORT_ANSWER_FIELDS = ['text', 'weight', 'feedback'];
const NUMERIC_FIELDS = ['value', 'tolerance', 'min', 'max', 'weight', 'feedback'];
const PAIR_FIELDS = ['prompt', 'answer'];
// What an essay author may mistake for a key; named in a clearer message than "not a field".
const ANSWER_KEYS = ['options', 'answers', 'pairs', 'correct'];

/** Moodle checks the positive grades of a multiple-answer question add up to 100% to 2 places. */
const WEIGHT_SUM_TOLERANCE = 0.01;

const count = (n: number) => n.toLocaleString('en');
const isQuestionType = (x: unknown): x is QuestionType => QUESTION_TYPES.some((type) => type === x);
const isTextFormat = (x: unknown): x is TextFormat => TEXT_FORMATS.some((format) => format === x);
const has = (record: Record<string, unknown>, key: string) => Object.hasOwn(record, key) && record[key] !== undefined;

/** Collects problems as it reads fields, so that one pass reports all of them. */
class Reader {
  readonly problems: string[] = [];

  problem(message: string): undefined {
    this.problems.push(message);
    return undefined;
  }

  unknownFields(record: Record<string, unknown>, known: string[], path: (key: string) => string, what: string): void {
    for (const key of Object.keys(record)) if (!known.includes(key)) this.problem(`${path(key)} is not a field of ${what}`);
  }

  /** A string of at most `limit` characters; `required` ones must not be blank either. */
  text(record: Record<string, unknown>, key: string, path: string, limit: number, required: boolean): string | undefined {
    if (!has(record, key)) return required ? this.problem(`${path} is required`) : undefined;
    const value = record[key];
    if (typeof value !== 'string') return this.problem(`${path} must be a string`);
    if (required && value.trim() === '') return this.problem(`${path} must not be empty`);
    if (longerThan(value, limit)) return this.problem(`${path} must be at most ${count(limit)} characters long`);
    return value;
  }

  boolean(record: Record<string, unknown>, key: string, path: string, required: boolean): boolean | undefined {
    if (!has(record, key)) return required ? this.problem(`${path} is required and must be true or false`) : undefined;
    const value = record[key];
    return typeof value === 'boolean' ? value : this.problem(`${path} must be true or false`);
  }

  finite(record: Record<string, unknown>, key: string, path: string): number | undefined {
    if (!has(record, key)) return this.problem(`${path} is required`);
    const value = record[key];
    // JSON cannot carry NaN or Infinity, but a parsed GIFT or XML file can.
    return typeof value === 'number' && Number.isFinite(value) ? value : this.problem(`${path} must be a finite number`);
  }

  weight(record: Record<string, unknown>, path: string): number | undefined {
    const weight = this.finite(record, 'weight', `${path}.weight`);
    if (weight === undefined) return undefined;
    if (weight < -100 || weight > 100) return this.problem(`${path}.weight must be between -100 and 100`);
    return weight;
  }

  /** The array's object entries, with their index; problems for the rest. */
  parts(record: Record<string, unknown>, key: string, minimum: number, noun: string): [Record<string, unknown>, string][] {
    if (!has(record, key)) return this.problem(`${key} is required`) ?? [];
    const value = record[key];
    if (!Array.isArray(value)) return this.problem(`${key} must be an array`) ?? [];
    if (value.length < minimum) this.problem(`${key} must have at least ${minimum} ${noun}${minimum === 1 ? '' : 's'}`);
    if (value.length > QUESTION_LIMITS.maxParts) return this.problem(`${key} must have at most ${QUESTION_LIMITS.maxParts} ${noun}s`) ?? [];
    return value.flatMap((part: unknown, index: number): [Record<string, unknown>, string][] => {
      if (isRecord(part)) return [[part, `${key}[${index}]`]];
      this.problem(`${key}[${index}] must be an object`);
      return [];
    });
  }

  feedback(record: Record<string, unknown>, key: string, path: string): string | undefined {
    return this.text(record, key, path, QUESTION_LIMITS.feedback, false);
  }
}

/** Copies only the optional fields that are present, so that stored JSON has no `undefined` keys. */
function withOptional<T extends object>(base: T, optional: Partial<T>): T {
  const copy = { ...base };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(copy, { [key]: value });
  return copy;
}

function readCommon(reader: Reader, input: Record<string, unknown>): QuestionCommon {
  const prompt = reader.text(input, 'prompt', 'prompt', QUESTION_LIMITS.prompt, true);
  let format: TextFormat = 'moodle';
  if (has(input, 'format')) {
    if (isTextFormat(input.format)) format = input.format;
    else reader.problem(`format must be one of ${TEXT_FORMATS.join(', ')}`);
  }
  const title = reader.text(input, 'title', 'title', QUESTION_LIMITS.title, false);
  const category = reader.text(input, 'category', 'category', QUESTION_LIMITS.category, false);
  const generalFeedback = reader.feedback(input, 'generalFeedback', 'generalFeedback');
  let points: number | undefined;
  if (has(input, 'points')) {
    const value = input.points;
    if (typeof value === 'number' && value > 0 && value <= QUESTION_LIMITS.maxPoints) points = value;
    else reader.problem(`points must be a number greater than 0 and at most ${count(QUESTION_LIMITS.maxPoints)}`);
  }
  let blankAt: number | undefined;
  if (has(input, 'blankAt')) {
    const value = input.blankAt;
    // An offset in UTF-16 units, as String.prototype.slice takes it; the end of the prompt is a
    // valid place for the blank ("The capital of Laos is {…}").
    const end = prompt?.length ?? Infinity;
    if (Number.isInteger(value) && typeof value === 'number' && value >= 0 && value <= end) blankAt = value;
    else reader.problem(prompt === undefined ? 'blankAt must be a whole number of 0 or more' : `blankAt must be a whole number from 0 to ${end}, the length of the prompt`);
  }
  // Without a prompt the question is refused anyway; the stand-in lets the other fields be checked.
  return withOptional<QuestionCommon>({ prompt: prompt ?? '', format }, { title, category, generalFeedback, points, blankAt });
}

type Part = [Record<string, unknown>, string];

function readOption(reader: Reader, [part, path]: Part): ChoiceOption[] {
  reader.unknownFields(part, OPTION_FIELDS, (key) => `${path}.${key}`, 'an option');
  const text = reader.text(part, 'text', `${path}.text`, QUESTION_LIMITS.partText, true);
  const weight = reader.weight(part, path);
  const feedback = reader.feedback(part, 'feedback', `${path}.feedback`);
  return text === undefined || weight === undefined ? [] : [withOptional<ChoiceOption>({ text, weight }, { feedback })];
}

/**
 * Judged on the raw parts, so that a full-marks part with a bad text is reported once, for its
 * text, and not again as "no part worth 100%".
 */
function checkFullMarks(reader: Reader, parts: Part[], field: string, noun: string): void {
  if (parts.length > 0 && !parts.some(([part]) => part.weight === 100)) reader.problem(`${field} must have at least one ${noun} worth 100%`);
}

const formatWeight = (weight: number) => String(Math.round(weight * 10_000) / 10_000);

function checkWeightSum(reader: Reader, parts: Part[]): void {
  const weights = parts.map(([part]) => part.weight).filter((weight): weight is number => typeof weight === 'number' && Math.abs(weight) <= 100);
  // A bad weight has its own problem already; a sum that includes it would say nothing useful.
  if (weights.length === 0 || weights.length < parts.length) return;
  const positive = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  if (Math.abs(positive - 100) > WEIGHT_SUM_TOLERANCE + 1e-9)
    reader.problem(`the positive weights of options must add up to 100, so that choosing every right option earns full marks; they add up to ${formatWeight(positive)}`);
}

function readShortAnswer(reader: Reader, [part, path]: Part): ShortAnswer[] {
  reader.unknownFields(part, SHORT_ANSWER_FIELDS, (key) => `${path}.${key}`, 'a short answer');
  let text = reader.text(part, 'text', `${path}.text`, QUESTION_LIMITS.shortAnswerText, true);
  // Invisible characters alone pass trim() but would match no response.
  if (text !== undefined && normaliseShortAnswer(text) === '') text = reader.problem(`${path}.text must have a visible character`);
  const weight = reader.weight(part, path);
  const feedback = reader.feedback(part, 'feedback', `${path}.feedback`);
  return text === undefined || weight === undefined ? [] : [withOptional<ShortAnswer>({ text, weight }, { feedback })];
}

function readNumericAnswer(reader: Reader, [part, path]: Part): NumericAnswer | undefined {
  reader.unknownFields(part, NUMERIC_FIELDS, (key) => `${path}.${key}`, 'a numeric answer');
  const nominal = has(part, 'value') || has(part, 'tolerance');
  const range = has(part, 'min') || has(part, 'max');
  const weight = reader.weight(part, path);
  const feedback = reader.feedback(part, 'feedback', `${path}.feedback`);
  if (nominal && range) return reader.problem(`${path} must have either value and tolerance or min and max, not both`);
  if (!nominal && !range) return reader.problem(`${path} must have either value and tolerance or min and max`);
  if (nominal) {
    const value = reader.finite(part, 'value', `${path}.value`);
    // GIFT's {#3.14} has no tolerance: it means exactly that value.
    const tolerance = has(part, 'tolerance') ? reader.finite(part, 'tolerance', `${path}.tolerance`) : 0;
    if (tolerance !== undefined && tolerance < 0) return reader.problem(`${path}.tolerance must be 0 or more`);
    if (value === undefined || tolerance === undefined || weight === undefined) return undefined;
    return withOptional<NumericAnswer>({ value, tolerance, weight }, { feedback });
  }
  const min = reader.finite(part, 'min', `${path}.min`);
  const max = reader.finite(part, 'max', `${path}.max`);
  if (min !== undefined && max !== undefined && min > max) return reader.problem(`${path}.min must not be greater than ${path}.max`);
  if (min === undefined || max === undefined || weight === undefined) return undefined;
  return withOptional<NumericAnswer>({ min, max, weight }, { feedback });
}


function readPair(reader: Reader, [part, path]: Part): MatchingPair[] {
  reader.unknownFields(part, PAIR_FIELDS, (key) => `${path}.${key}`, 'a matching pair');
  // An empty prompt is allowed: it makes the pair's answer a distractor.
  const prompt = has(part, 'prompt') ? reader.text(part, 'prompt', `${path}.prompt`, QUESTION_LIMITS.partText, false) : '';
  const answer = reader.text(part, 'answer', `${path}.answer`, QUESTION_LIMITS.partText, true);
  return prompt === undefined || answer === undefined ? [] : [{ prompt, answer }];
}

function checkPrompts(reader: Reader, parts: Part[]): void {
  const prompted = parts.filter(([part]) => typeof part.prompt === 'string' && part.prompt.trim() !== '').length;
  if (parts.length >= 2 && prompted < 2) reader.problem('pairs must have at least 2 pairs with a prompt; a pair with an empty prompt is only a distractor');
}

/**
 * Reads the type's own fields. Every missing or wrong field has been recorded as a problem, and a
 * question with problems is never returned, so stand-ins (`correct: false`) never reach storage.
 */
function readQuestion(reader: Reader, input: Record<string, unknown>, common: QuestionCommon, type: QuestionType): QuestionInput {
  switch (type) {
    case 'single_choice': {
      const parts = reader.parts(input, 'options', 2, 'option');
      const options = parts.flatMap((part) => readOption(reader, part));
      checkFullMarks(reader, parts, 'options', 'option');
      return { ...common, type, options };
    }
    case 'multiple_choice': {
      const parts = reader.parts(input, 'options', 2, 'option');
      const options = parts.flatMap((part) => readOption(reader, part));
      checkWeightSum(reader, parts);
      return { ...common, type, options };
    }
    case 'true_false': {
      const correct = reader.boolean(input, 'correct', 'correct', true) ?? false;
      const trueFeedback = reader.feedback(input, 'trueFeedback', 'trueFeedback');
      const falseFeedback = reader.feedback(input, 'falseFeedback', 'falseFeedback');
      return withOptional<TrueFalseQuestion>({ ...common, type, correct }, { trueFeedback, falseFeedback });
    }
    case 'short_answer': {
      const parts = reader.parts(input, 'answers', 1, 'answer');
      const answers = parts.flatMap((part) => readShortAnswer(reader, part));
      checkFullMarks(reader, parts, 'answers', 'answer');
      const caseSensitive = reader.boolean(input, 'caseSensitive', 'caseSensitive', false);
      return withOptional<ShortAnswerQuestion>({ ...common, type, answers }, { caseSensitive });
    }
    case 'numeric': {
      const parts = reader.parts(input, 'answers', 1, 'answer');
      const answers = parts.flatMap((part) => readNumericAnswer(reader, part) ?? []);
      checkFullMarks(reader, parts, 'answers', 'answer');
      return { ...common, type, answers };
    }
    case 'matching': {
      const parts = reader.parts(input, 'pairs', 2, 'pair');
      const pairs = parts.flatMap((part) => readPair(reader, part));
      checkPrompts(reader, parts);
      return { ...common, type, pairs };
    }
    case 'essay': {
      const graderInfo = reader.text(input, 'graderInfo', 'graderInfo', QUESTION_LIMITS.graderInfo, false);
      return withOptional<EssayQuestion>({ ...common, type }, { graderInfo });
    }
  }
}

/**
 * Checks an untrusted question (an API body, or what the GIFT and Moodle XML parsers produce) and
 * returns a clean copy with only the known fields and the defaults applied, so that stored JSON
 * never carries junk; or every problem found, each an English sentence naming the field's path.
 */
export function validateQuestion(input: unknown): QuestionValidation {
  if (!isRecord(input)) return { problems: ['a question must be a JSON object'] };
  const reader = new Reader();
  if (!has(input, 'type')) {
    reader.problem(`type is required: one of ${QUESTION_TYPES.join(', ')}`);
    readCommon(reader, input);
    return { problems: reader.problems };
  }
  const type = input.type;
  if (!isQuestionType(type)) {
    reader.problem(`type must be one of ${QUESTION_TYPES.join(', ')}`);
    readCommon(reader, input);
    return { problems: reader.problems };
  }
  const known = [...COMMON_FIELDS, ...TYPE_FIELDS[type]];
  for (const key of Object.keys(input)) {
    if (known.includes(key)) continue;
    if (type === 'essay' && ANSWER_KEYS.includes(key)) reader.problem(`${key} is not a field of an essay question: a person grades essays, so they have no answers`);
    else reader.problem(`${key} is not a field of a ${type} question`);
  }
  const question = readQuestion(reader, input, readCommon(reader, input), type);
  return reader.problems.length > 0 ? { problems: reader.problems } : { question, problems: [] };
}
