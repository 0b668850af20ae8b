import type {
  ChoiceOption,
  ImportProblem,
  MatchingPair,
  NumericAnswer,
  QuestionCommon,
  QuestionInput,
  ShortAnswer,
  TextFormat,
} from '@lms/contracts';
import {
  decode,
  findLastMark,
  findMark,
  findMarks,
  type GiftSource,
  isGiftFormat,
  partText,
  type SourceLine,
  toSource,
  trimRange,
} from './gift-source';

export interface ParsedQuestion {
  line: number;
  question: QuestionInput;
}

export interface GiftParseResult {
  questions: ParsedQuestion[];
  errors: ImportProblem[];
}

/**
 * Reads Moodle GIFT (qformat_gift) into QuestionInputs: syntax only, never throwing. A question
 * with any problem is left out and each problem is reported with its line; the semantic checks
 * (weights that add up, ranges in order, …) belong to the validator that runs afterwards.
 *
 * It follows qformat_gift, quirks included: lines are trimmed and joined with "\n", the first "{"
 * and "}" hold the answers, the type is found in Moodle's order, an unescaped "=" or "~" always
 * starts an answer (even inside feedback), feedback runs from the first "#" to the next answer.
 * Where Moodle would silently turn a likely typo into something else, this reports it instead: an
 * unclosed title, a second answer block, a `%…%` that is not a number, an "=" answer with a
 * weight, text before the first answer, `{true}` in lower case, a lower-case unknown `[format]`.
 * Moodle "description" items (no answer block) and a numeric question's "~" feedback for any
 * other answer have no place in the data model and are reported too. Comment lines are dropped
 * (Moodle leaves a blank line in their place); `// [id:…]` and `// [tag:…]` are only comments.
 */
export function parseGift(text: string): GiftParseResult {
  const questions: ParsedQuestion[] = [];
  const errors: ImportProblem[] = [];
  let category: string | undefined;
  for (const block of splitBlocks(String(text))) {
    let lines = block;
    // Moodle needs a blank line after $CATEGORY (it would read the next question as part of the
    // path); a question straight after it is accepted here.
    if (lines[0].text.startsWith(CATEGORY)) {
      category = readCategory(lines[0].text);
      lines = lines.slice(1);
    }
    if (!lines.length) continue;
    const outcome = parseQuestionSafely(lines);
    if ('problems' in outcome) errors.push(...outcome.problems);
    else questions.push({ line: lines[0].line, question: category === undefined ? outcome.question : { ...outcome.question, category } });
  }
  return { questions, errors };
}

const CATEGORY = '$CATEGORY:';

/**
 * The path as written, trimmed, without Moodle's leading context segment (`$course$/`,
 * `$system$/`, …): it says where a Moodle site keeps the category, which a Lane bank does not need.
 * An empty path clears the category for the questions that follow.
 */
function readCategory(line: string): string | undefined {
  const path = line
    .slice(CATEGORY.length)
    .trim()
    .replace(/^\$[a-z]+\$\s*(?:\/|$)/, '')
    .trim();
  return path || undefined;
}

/**
 * Runs of non-blank lines, without comment lines (which neither end a question nor belong to it).
 * A $CATEGORY line also starts a new run: Moodle would read it as text of the question above,
 * which is never what its author meant (and writeGift never writes a line like it in a question).
 */
function splitBlocks(text: string): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line) flush();
      else if (!line.startsWith('//')) {
        if (line.startsWith(CATEGORY)) flush();
        current.push({ line: index + 1, text: line });
      }
    });
  flush();
  return blocks;
}

type Outcome = { question: QuestionInput } | { problems: ImportProblem[] };

function parseQuestionSafely(lines: SourceLine[]): Outcome {
  try {
    return parseQuestion(toSource(lines));
  } catch (error) {
    // A parser bug must cost one question, not the import.
    return { problems: [{ line: lines[0].line, message: `could not read this question (internal error: ${String(error)})` }] };
  }
}

/** Collects a question's problems; the question is kept only if there are none. */
class Problems {
  readonly list: ImportProblem[] = [];
  constructor(private readonly src: GiftSource) {}
  add(at: number, message: string): void {
    this.list.push({ line: this.src.lineAt(at), message });
  }
}

function parseQuestion(src: GiftSource): Outcome {
  const problems = new Problems(src);
  const end = src.text.length;
  let start = 0;
  let title: string | undefined;
  if (src.text.startsWith('::')) {
    const close = findMark(src, '::', 2, end);
    if (close < 0) {
      problems.add(0, 'the title opened with "::" is never closed by a second "::" (write \\: for a literal colon)');
      return { problems: problems.list };
    }
    title = decode(src, 2, close).trim() || undefined;
    start = close + 2;
  }
  const [bodyStart, bodyEnd] = trimRange(src, start, end);
  const braces = findBlock(src, problems, bodyStart, bodyEnd);
  if (!braces) return { problems: problems.list };
  const [open, close] = braces;

  const format = readPromptFormat(src, problems, bodyStart, open);
  const prompt = readPrompt(src, format.next, open, close, bodyEnd);

  let [answersStart, answersEnd] = trimRange(src, open + 1, close);
  let generalFeedback: string | undefined;
  const gf = findLastMark(src, '####', answersStart, answersEnd);
  if (gf >= 0) {
    generalFeedback = partText(src, gf + 4, answersEnd) || undefined;
    [answersStart, answersEnd] = trimRange(src, answersStart, gf);
  }

  const common: QuestionCommon = { prompt: prompt.text, format: format.format };
  if (title !== undefined) common.title = title;
  if (generalFeedback !== undefined) common.generalFeedback = generalFeedback;
  if (prompt.blankAt !== undefined) common.blankAt = prompt.blankAt;

  const question = readAnswers(src, problems, common, answersStart, answersEnd, open);
  if (problems.list.length || !question) return { problems: problems.list };
  return { question };
}

/** The first `{` and the first `}`, as Moodle takes them, after checking there is exactly one block. */
function findBlock(src: GiftSource, problems: Problems, start: number, end: number): [number, number] | undefined {
  const open = findMark(src, '{', start, end);
  const close = findMark(src, '}', start, end);
  if (open < 0 && close < 0) {
    problems.add(start, 'this question has no answer block: put its answers in { } ({} for an essay); Moodle "description" items without answers are not supported');
    return undefined;
  }
  if (close < 0) {
    problems.add(open, '"{" is never closed by "}" (a blank line ends a question, so write \\n for an empty line inside one)');
    return undefined;
  }
  if (open < 0 || close < open) {
    problems.add(close, '"}" has no "{" before it (write \\} for a literal brace)');
    return undefined;
  }
  const nested = findMark(src, '{', open + 1, close);
  if (nested >= 0) {
    problems.add(nested, `"{" inside the answer block opened on line ${src.lineAt(open)} (write \\{ for a literal brace)`);
    return undefined;
  }
  const extra = [findMark(src, '{', close + 1, end), findMark(src, '}', close + 1, end)].filter((i) => i >= 0);
  if (extra.length) {
    problems.add(Math.min(...extra), 'a question has only one answer block: separate questions with a blank line, or write \\{ and \\} for literal braces');
    return undefined;
  }
  return [open, close];
}

const PROMPT_FORMAT = /^\[([A-Za-z]+)\]/;

/**
 * The question text's `[format]`. Moodle keeps an unknown name as text; here a lower-case word or
 * a known name in the wrong case is reported as a format mistake, while words such as `[Note]` or
 * `[A]` stay text (an explicit `[moodle]` before them always works).
 */
function readPromptFormat(src: GiftSource, problems: Problems, start: number, open: number): { format: TextFormat; next: number } {
  const tag = PROMPT_FORMAT.exec(src.text.slice(start, open));
  if (!tag) return { format: 'moodle', next: start };
  const name = tag[1];
  if (isGiftFormat(name)) return { format: name, next: start + tag[0].length };
  const lower = name.toLowerCase();
  if (isGiftFormat(lower)) problems.add(start, `format names are written in lower case: [${lower}], not [${name}]`);
  else if (name === lower)
    problems.add(start, `unknown text format [${name}]; use [html], [moodle], [plain] or [markdown] (put [moodle] first if the text itself starts with brackets)`);
  return { format: 'moodle', next: start };
}

/**
 * Text on both sides of the block, or only after it, is Moodle's missing-word form: Moodle puts
 * "_____" where the block was and trims the whole, so the whitespace next to the blank stays.
 * The prompt here is that text without the "_____", and blankAt is where it stood.
 */
function readPrompt(src: GiftSource, start: number, open: number, close: number, end: number): { text: string; blankAt?: number } {
  if (close + 1 >= end) return { text: decode(src, start, open).trim() };
  const before = decode(src, start, open).trimStart();
  const after = decode(src, close + 1, end).trimEnd();
  return { text: before + after, blankAt: before.length };
}

const TRUE_FALSE = ['T', 'TRUE', 'F', 'FALSE'];

/** Moodle's order of type detection (qformat_gift::readquestion), then the type's own reader. */
function readAnswers(src: GiftSource, problems: Problems, common: QuestionCommon, start: number, end: number, open: number): QuestionInput | undefined {
  if (start >= end) return { ...common, type: 'essay' };
  if (src.text[start] === '#' && src.escapes[start] === 0) return readNumeric(src, problems, common, start + 1, end);
  if (findMark(src, '~', start, end) >= 0) return readChoice(src, problems, common, start, end, open);
  const hasEquals = findMark(src, '=', start, end) >= 0;
  if (hasEquals && findMark(src, '->', start, end) >= 0) return readMatching(src, problems, common, start, end, open);
  const hash = findMark(src, '#', start, end);
  const answer = src.text.slice(...trimRange(src, start, hash < 0 ? end : hash));
  if (TRUE_FALSE.includes(answer)) return readTrueFalse(src, common, answer, hash, end);
  if (!hasEquals && TRUE_FALSE.includes(answer.toUpperCase())) {
    problems.add(start, `true/false answers are written in capitals: {${answer.toUpperCase()}}`);
    return undefined;
  }
  return readShortAnswer(src, problems, common, start, end, hasEquals, open);
}

interface Item {
  marker: string;
  /** Where the answer begins: its marker, if it has one. */
  at: number;
  start: number;
  end: number;
}

/** The answers of a block, each from its marker to the next; text before the first is `leading`. */
function splitItems(src: GiftSource, markers: string, start: number, end: number): { leading: [number, number]; items: Item[] } {
  const at = findMarks(src, markers, start, end);
  const items = at.map((pos, i) => ({ marker: src.text[pos], at: pos, start: pos + 1, end: i + 1 < at.length ? at[i + 1] : end }));
  return { leading: trimRange(src, start, at.length ? at[0] : end), items };
}

function reportLeading(src: GiftSource, problems: Problems, leading: [number, number], marks: string): void {
  if (leading[0] < leading[1]) {
    const text = decode(src, ...leading);
    problems.add(leading[0], `"${clip(text)}" comes before the first answer; start every answer with ${marks}`);
  }
}

const WEIGHT = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A `%n%` weight at the start of an answer; a `%` with no second `%` is just text, as in Moodle. */
function readWeight(src: GiftSource, problems: Problems, start: number, end: number): { weight?: number; next: number } {
  const [s, e] = trimRange(src, start, end);
  if (src.text[s] !== '%') return { next: s };
  const close = src.text.indexOf('%', s + 1);
  if (close < 0 || close >= e) return { next: s };
  const written = src.text.slice(s + 1, close).trim();
  if (!WEIGHT.test(written)) {
    problems.add(
      s,
      `"%${clip(written)}%" is not a weight; write a percentage such as %50% or %-33.33333% ` +
        '(or put [moodle] before an answer that really starts with "%")',
    );
    return { next: close + 1 };
  }
  return { weight: withoutNegativeZero(Number(written)), next: close + 1 };
}

interface AnswerParts {
  weight?: number;
  text: string;
  feedback?: string;
  at: number;
}

/** `%weight%text#feedback`, where the feedback runs to the next answer (and may contain "#"). */
function readAnswerParts(src: GiftSource, problems: Problems, item: Item): AnswerParts {
  const { weight, next } = readWeight(src, problems, item.start, item.end);
  const hash = findMark(src, '#', next, item.end);
  const text = partText(src, next, hash < 0 ? item.end : hash);
  const feedback = hash < 0 ? '' : partText(src, hash + 1, item.end);
  return { weight, text, at: item.at, ...(feedback ? { feedback } : {}) };
}

function withFeedback<T extends object>(value: T, feedback: string | undefined): T & { feedback?: string } {
  return feedback ? { ...value, feedback } : value;
}

function readChoice(src: GiftSource, problems: Problems, common: QuestionCommon, start: number, end: number, open: number): QuestionInput | undefined {
  const { leading, items } = splitItems(src, '~=', start, end);
  reportLeading(src, problems, leading, '"~" (or "=" for the right one)');
  const options: ChoiceOption[] = [];
  items.forEach((item, i) => {
    const parts = readAnswerParts(src, problems, item);
    if (item.marker === '=' && parts.weight !== undefined)
      problems.add(parts.at, `an "=" answer is always worth 100%; write other weights after "~", as in ~%${parts.weight}%…`);
    if (!parts.text) problems.add(parts.at, `answer ${i + 1} is empty`);
    const weight = item.marker === '=' ? 100 : (parts.weight ?? 0);
    options.push(withFeedback({ text: parts.text, weight }, parts.feedback));
  });
  if (items.length < 2) problems.add(open, 'a choice question needs at least two answers');
  const rights = items.filter((item) => item.marker === '=').length;
  if (rights > 1) {
    problems.add(
      open,
      `a single-choice question needs exactly one "=" answer, but this one has ${rights}; ` +
        'give further right answers as ~%100%, or write a multiple-choice question with ~%n% weights only',
    );
  }
  return rights ? { ...common, type: 'single_choice', options } : { ...common, type: 'multiple_choice', options };
}

function readShortAnswer(
  src: GiftSource,
  problems: Problems,
  common: QuestionCommon,
  start: number,
  end: number,
  hasEquals: boolean,
  open: number,
): QuestionInput | undefined {
  // Moodle reads a block without any "=" as its only answer ({3} in "1 + 2 \= {3}"). With "->"
  // in it, that is far likelier a matching pair missing its "=", and GIFT could not write it back.
  const arrow = hasEquals ? -1 : findMark(src, '->', start, end);
  if (arrow >= 0) {
    problems.add(arrow, 'a matching pair starts with "=", as in =item -> match');
    return undefined;
  }
  const items = hasEquals ? splitItems(src, '=', start, end) : { leading: [start, start] as [number, number], items: [{ marker: '', at: start, start, end }] };
  reportLeading(src, problems, items.leading, '"="');
  const answers: ShortAnswer[] = items.items.map((item, i) => {
    const parts = readAnswerParts(src, problems, item);
    if (!parts.text) problems.add(parts.at, `answer ${i + 1} is empty`);
    return withFeedback({ text: parts.text, weight: parts.weight ?? 100 }, parts.feedback);
  });
  if (!answers.length) problems.add(open, 'a short-answer question needs at least one "=" answer');
  return { ...common, type: 'short_answer', answers };
}

function readNumeric(src: GiftSource, problems: Problems, common: QuestionCommon, start: number, end: number): QuestionInput | undefined {
  const tilde = findMark(src, '~', start, end);
  if (tilde >= 0) {
    problems.add(tilde, 'a numeric question cannot keep "~" feedback for any other answer; give that feedback as general feedback (####) instead');
    return undefined;
  }
  const { leading, items } = splitItems(src, '=', start, end);
  // The single-answer form {#1822:5} has its answer before any "=".
  const all = leading[0] < leading[1] ? [{ marker: '', at: leading[0], start: leading[0], end: leading[1] }, ...items] : items;
  if (!all.length) {
    problems.add(start, 'a numeric question needs an answer, as in {#3.14:0.01}, {#1..5} or {# =2010:0 =%50%2009:1}');
    return undefined;
  }
  const answers: NumericAnswer[] = [];
  for (const item of all) {
    const parts = readAnswerParts(src, problems, item);
    const value = readNumericValue(parts.text);
    if (typeof value === 'string') problems.add(parts.at, value);
    else answers.push(withFeedback({ ...value, weight: parts.weight ?? 100 }, parts.feedback));
  }
  return { ...common, type: 'numeric', answers };
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function readNumber(text: string): number | undefined {
  const t = text.trim();
  if (!NUMBER.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? withoutNegativeZero(n) : undefined;
}

/** `value`, `value:tolerance` or `min..max`, as qformat_gift splits them; an error message otherwise. */
function readNumericValue(text: string): { value: number; tolerance: number } | { min: number; max: number } | string {
  const bad = `"${clip(text)}" is not a numeric answer; write a number (3.14), a number and its tolerance (3.14:0.01) or a range (1..5)`;
  const range = text.indexOf('..');
  if (range > 0) {
    const min = readNumber(text.slice(0, range));
    const max = readNumber(text.slice(range + 2));
    return min === undefined || max === undefined ? bad : { min, max };
  }
  const colon = text.indexOf(':');
  const value = readNumber(colon > 0 ? text.slice(0, colon) : text);
  const tolerance = colon > 0 ? readNumber(text.slice(colon + 1)) : 0;
  return value === undefined || tolerance === undefined ? bad : { value, tolerance };
}

function readMatching(src: GiftSource, problems: Problems, common: QuestionCommon, start: number, end: number, open: number): QuestionInput | undefined {
  const { leading, items } = splitItems(src, '=', start, end);
  reportLeading(src, problems, leading, '"=", as in =item -> match');
  const pairs: MatchingPair[] = [];
  for (const item of items) {
    const [s, e] = trimRange(src, item.start, item.end);
    const arrow = findMark(src, '->', s, e);
    if (arrow < 0) {
      problems.add(s, `the matching pair "${clip(decode(src, s, e))}" needs "->" between the item and its match, as in =item -> match`);
      continue;
    }
    const hash = findMark(src, '#', s, e);
    if (hash >= 0) problems.add(hash, 'matching pairs cannot have feedback (write \\# for a literal "#")');
    // Moodle reads a [format] on the item but not on the match, which is shown as plain text.
    const answer = decode(src, arrow + 2, e).trim();
    if (!answer) problems.add(arrow, 'the match after "->" is empty');
    pairs.push({ prompt: partText(src, s, arrow), answer });
  }
  if (items.length < 2) problems.add(open, 'a matching question needs at least two "=item -> match" pairs');
  return { ...common, type: 'matching', pairs };
}

/**
 * `{T#wrong#right}`: Moodle shows the first feedback to a learner who answered wrongly and the
 * second to one who answered rightly; anything after a third "#" belongs to the second.
 */
function readTrueFalse(src: GiftSource, common: QuestionCommon, answer: string, hash: number, end: number): QuestionInput {
  const second = hash < 0 ? -1 : findMark(src, '#', hash + 1, end);
  const wrong = hash < 0 ? '' : partText(src, hash + 1, second < 0 ? end : second);
  const right = second < 0 ? '' : partText(src, second + 1, end);
  const correct = answer.startsWith('T');
  const trueFeedback = correct ? right : wrong;
  const falseFeedback = correct ? wrong : right;
  return {
    ...common,
    type: 'true_false',
    correct,
    ...(trueFeedback ? { trueFeedback } : {}),
    ...(falseFeedback ? { falseFeedback } : {}),
  };
}

function withoutNegativeZero(n: number): number {
  return n === 0 ? 0 : n;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}
