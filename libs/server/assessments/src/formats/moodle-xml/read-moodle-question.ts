import type {
  ChoiceOption,
  EssayQuestion,
  MatchingPair,
  MatchingQuestion,
  NumericAnswer,
  NumericQuestion,
  QuestionInput,
  ShortAnswer,
  ShortAnswerQuestion,
  TrueFalseQuestion,
} from '@lms/contracts';
import { normaliseCategoryPath, textFormatFromMoodle } from './moodle-vocabulary';
import { attribute, childElements, firstChild, hasChildElements, ownText, type XmlElement } from './xml-tree';

/** What one `<question>` element turned out to be. */
export type QuestionReading =
  | { kind: 'category'; category: string | undefined }
  | { kind: 'question'; question: QuestionInput }
  | { kind: 'problems'; messages: string[] };

/** Listed in the error for any other type, so that an author knows what would import. */
const SUPPORTED_TYPES = 'multichoice, truefalse, shortanswer, numerical, matching and essay';

type Common = Pick<QuestionInput, 'title' | 'prompt' | 'format' | 'generalFeedback' | 'points'>;

/**
 * Problems found while reading one question. Readers append to it rather than stop at the
 * first, so that an author fixes a question in one pass.
 */
type Problems = string[];

export function readMoodleQuestion(element: XmlElement): QuestionReading {
  const type = (attribute(element, 'type') ?? '').trim();
  if (type === 'category') return readCategory(element);
  if (type === '') return { kind: 'problems', messages: ['A <question> has no type attribute'] };
  // Own keys only: a type="toString" must not find Object.prototype.toString.
  const read = Object.hasOwn(TYPE_READERS, type) ? TYPE_READERS[type] : undefined;
  if (read === undefined) {
    return { kind: 'problems', messages: [`Question type "${type}" is not supported (Lane imports ${SUPPORTED_TYPES})`] };
  }
  const problems: Problems = [];
  const common = readCommon(element, problems);
  const question = read(element, common, problems);
  if (problems.length > 0) return { kind: 'problems', messages: problems.map((problem) => withQuestionName(type, common.title, problem)) };
  return { kind: 'question', question };
}

function withQuestionName(type: string, title: string | undefined, problem: string): string {
  const named = `${type.charAt(0).toUpperCase()}${type.slice(1)} question${title === undefined ? '' : ` "${title}"`}`;
  return `${named}: ${problem}`;
}

type TypeReader = (element: XmlElement, common: Common, problems: Problems) => QuestionInput;

const TYPE_READERS: Readonly<Record<string, TypeReader>> = {
  multichoice: readMultichoice,
  truefalse: readTrueFalse,
  shortanswer: readShortAnswer,
  numerical: readNumerical,
  matching: readMatching,
  // Moodle's importer accepts the internal name too.
  match: readMatching,
  essay: readEssay,
};

function readCategory(element: XmlElement): QuestionReading {
  const holder = firstChild(element, 'category');
  if (holder === undefined) return { kind: 'problems', messages: ['A category question has no <category>'] };
  // Pre-2.x exports put the path straight inside <category>, without <text>.
  const text = firstChild(holder, 'text');
  const raw = text === undefined ? ownText(holder) : ownText(text);
  return { kind: 'category', category: normaliseCategoryPath(raw) };
}

// ------------------------------------------------------------------ common parts

function readCommon(element: XmlElement, problems: Problems): Common {
  const questionText = firstChild(element, 'questiontext');
  const prompt = readText(questionText, 'questiontext', problems);
  if (questionText === undefined) problems.push('it has no <questiontext>');
  else if (prompt === '') problems.push('its question text is empty');
  return omitUndefined({
    title: optional(readText(firstChild(element, 'name'), 'name', problems)),
    prompt,
    format: textFormatFromMoodle(questionText === undefined ? undefined : attribute(questionText, 'format')),
    generalFeedback: optional(readText(firstChild(element, 'generalfeedback'), 'generalfeedback', problems)),
    points: readPoints(element, problems),
  });
}

function readPoints(element: XmlElement, problems: Problems): number | undefined {
  const raw = readPlain(firstChild(element, 'defaultgrade'));
  if (raw === '') return undefined;
  const points = parseDecimal(raw);
  if (points === undefined || points < 0) {
    problems.push(`<defaultgrade> "${raw}" is not a number of marks`);
    return undefined;
  }
  return points;
}

/**
 * The trimmed content of an element's `<text>` child; Moodle trims every text it imports.
 * Raw HTML that is neither escaped nor in CDATA parses as child elements, which Moodle rejects
 * too, so it is reported rather than silently dropped.
 */
function readText(holder: XmlElement | undefined, where: string, problems: Problems): string {
  const text = holder === undefined ? undefined : firstChild(holder, 'text');
  if (text === undefined) return '';
  if (hasChildElements(text)) {
    problems.push(`the <text> of <${where}> contains markup; HTML must be escaped or wrapped in <![CDATA[ ]]>`);
  }
  return ownText(text).trim();
}

/** A leaf element's trimmed text, e.g. `<defaultgrade>1.0000000</defaultgrade>`. */
function readPlain(element: XmlElement | undefined): string {
  return element === undefined ? '' : ownText(element).trim();
}

function readFeedback(answer: XmlElement, where: string, problems: Problems): string | undefined {
  return optional(readText(firstChild(answer, 'feedback'), `${where} feedback`, problems));
}

/** Moodle's `fraction` attribute: a percentage, 0 when absent. */
function readFraction(answer: XmlElement, where: string, problems: Problems): number {
  const raw = (attribute(answer, 'fraction') ?? '').trim();
  if (raw === '') return 0;
  const fraction = parseDecimal(raw);
  if (fraction === undefined || fraction < -100 || fraction > 100) {
    problems.push(`${where} has fraction "${raw}"; it must be a percentage between -100 and 100`);
    return 0;
  }
  return fraction;
}

// ------------------------------------------------------------------ question types

function readMultichoice(element: XmlElement, common: Common, problems: Problems): QuestionInput {
  const options = childElements(element, 'answer').flatMap((answer, index): ChoiceOption[] => {
    const where = `answer ${index + 1}`;
    const text = readText(answer, 'answer', problems);
    // Moodle drops blank choices when it saves a question, so a blank one is not an error.
    if (text === '') return [];
    return [omitUndefined({ text, weight: readFraction(answer, where, problems), feedback: readFeedback(answer, where, problems) })];
  });
  if (options.length < 2) problems.push('it needs at least two answers');
  const type = isSingle(firstChild(element, 'single')) ? 'single_choice' : 'multiple_choice';
  return { ...common, type, options };
}

/** Moodle's trans_single: a missing `<single>` means single; "false", "0" or "" mean multiple. */
function isSingle(single: XmlElement | undefined): boolean {
  if (single === undefined) return true;
  const value = readPlain(single);
  return !(value === '' || value === '0' || value.toLowerCase() === 'false');
}

interface TrueFalseAnswer {
  which: 'true' | 'false';
  fraction: number;
  feedback: string | undefined;
}

function readTrueFalse(element: XmlElement, common: Common, problems: Problems): TrueFalseQuestion {
  const answers = childElements(element, 'answer').map((answer, index): TrueFalseAnswer => {
    const where = `answer ${index + 1}`;
    const label = readText(answer, 'answer', problems).toLowerCase();
    // Old exports wrote localised labels; Moodle then assumes the order true, false.
    const which = label === 'true' || label === 'false' ? label : index === 0 ? 'true' : 'false';
    return { which, fraction: readFraction(answer, where, problems), feedback: readFeedback(answer, where, problems) };
  });
  const onTrue = answers.find((answer) => answer.which === 'true');
  const onFalse = answers.find((answer) => answer.which === 'false');
  if (onTrue === undefined && onFalse === undefined) problems.push('it has no "true" and "false" answers');
  // As in Moodle, full marks on "true" (or anything but full marks on "false") makes it true.
  const correct = onTrue !== undefined ? onTrue.fraction === 100 : onFalse?.fraction !== 100;
  return omitUndefined({ ...common, type: 'true_false', correct, trueFeedback: onTrue?.feedback, falseFeedback: onFalse?.feedback });
}

function readShortAnswer(element: XmlElement, common: Common, problems: Problems): ShortAnswerQuestion {
  const answers = childElements(element, 'answer').flatMap((answer, index): ShortAnswer[] => {
    const where = `answer ${index + 1}`;
    const text = readText(answer, 'answer', problems);
    if (text === '') return [];
    return [omitUndefined({ text, weight: readFraction(answer, where, problems), feedback: readFeedback(answer, where, problems) })];
  });
  if (answers.length === 0) problems.push('it has no answers');
  const usecase = readPlain(firstChild(element, 'usecase')).toLowerCase();
  const caseSensitive = usecase === '1' || usecase === 'true' ? true : undefined;
  return omitUndefined({ ...common, type: 'short_answer', answers, caseSensitive });
}

/**
 * Moodle's `*` answer matches any number. Lane cannot express "any value", so a `*` worth
 * nothing (the usual "any other answer" feedback slot) is dropped, and one worth marks is an
 * error, since dropping it would change the scores.
 */
function readNumerical(element: XmlElement, common: Common, problems: Problems): NumericQuestion {
  const problemsBefore = problems.length;
  const answers = childElements(element, 'answer').flatMap((answer, index): NumericAnswer[] => {
    const where = `answer ${index + 1}`;
    const text = readText(answer, 'answer', problems);
    const weight = readFraction(answer, where, problems);
    if (text === '') return [];
    if (text === '*') {
      if (weight !== 0) problems.push(`${where} is "*" (any value) with fraction ${weight}; Lane cannot give marks for any value`);
      return [];
    }
    const value = parseDecimal(text);
    if (value === undefined) {
      problems.push(`${where} "${text}" is not a number`);
      return [];
    }
    const tolerance = readTolerance(answer, where, problems);
    return [omitUndefined({ value, tolerance, weight, feedback: readFeedback(answer, where, problems) })];
  });
  // "No answers" would only repeat what the answers' own problems already say.
  if (answers.length === 0 && problems.length === problemsBefore) problems.push('it has no numeric answers');
  return { ...common, type: 'numeric', answers };
}

/** Absent means exact; Moodle grades with the absolute value, so a negative one is folded. */
function readTolerance(answer: XmlElement, where: string, problems: Problems): number {
  const raw = readPlain(firstChild(answer, 'tolerance'));
  if (raw === '') return 0;
  const tolerance = parseDecimal(raw);
  if (tolerance === undefined) {
    problems.push(`${where} has tolerance "${raw}", which is not a number`);
    return 0;
  }
  return Math.abs(tolerance);
}

function readMatching(element: XmlElement, common: Common, problems: Problems): MatchingQuestion {
  const subquestions = childElements(element, 'subquestion');
  const pairs = subquestions.flatMap((subquestion, index): MatchingPair[] => {
    const prompt = readText(subquestion, 'subquestion', problems);
    const answer = readText(firstChild(subquestion, 'answer'), 'subquestion answer', problems);
    // Moodle skips a subquestion left entirely blank; an empty prompt alone makes a distractor.
    if (prompt === '' && answer === '') return [];
    if (answer === '') problems.push(`subquestion ${index + 1} has no answer`);
    return [{ prompt, answer }];
  });
  if (subquestions.length === 0) problems.push('it has no subquestions');
  else if (!pairs.some((pair) => pair.prompt !== '')) problems.push('every subquestion is blank or a distractor');
  return { ...common, type: 'matching', pairs };
}

function readEssay(element: XmlElement, common: Common, problems: Problems): EssayQuestion {
  const graderInfo = optional(readText(firstChild(element, 'graderinfo'), 'graderinfo', problems));
  return omitUndefined({ ...common, type: 'essay', graderInfo });
}

// ------------------------------------------------------------------ values

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A plain decimal as Moodle writes one; `Number` alone would also take "", "0x1f" and "Infinity". */
export function parseDecimal(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function optional(text: string): string | undefined {
  return text === '' ? undefined : text;
}

/** Optional fields are left out rather than set to undefined, so results compare cleanly. */
function omitUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
