import type {
  ChoiceOption,
  EssayQuestion,
  MatchingQuestion,
  NumericAnswer,
  NumericQuestion,
  QuestionInput,
  ShortAnswerQuestion,
  TrueFalseQuestion,
} from '@lms/contracts';
import { normaliseCategoryPath, textFormatToMoodle } from './moodle-vocabulary';

/** Moodle's own answer format for answers it treats as plain strings (true/false, short, numeric). */
const PLAIN_ANSWER_FORMAT = 'moodle_auto_format';
/** What Moodle's GIFT importer puts where a missing-word question's blank was. */
const BLANK = '_____';
const DEFAULT_NAME_LENGTH = 80;

/**
 * Writes questions as a Moodle XML file that Moodle's "Import questions" accepts, laid out
 * as Moodle 4.x exports it. Only what Lane models is written; Moodle's defaults fill the rest.
 */
export function writeMoodleXml(questions: QuestionInput[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<quiz>'];
  let category: string | undefined;
  for (const question of questions) {
    const next = normaliseCategoryPath(question.category);
    // Moodle files have no "no category": switching back to none means the context's top.
    if (next !== category) lines.push(...categoryQuestion(next));
    category = next;
    lines.push(...questionElement(question));
  }
  lines.push('</quiz>', '');
  return lines.join('\n');
}

function categoryQuestion(category: string | undefined): string[] {
  return [
    '  <question type="category">',
    '    <category>',
    `      ${textElement(`$course$/${category ?? 'top'}`)}`,
    '    </category>',
    '    <info format="moodle_auto_format">',
    `      ${textElement('')}`,
    '    </info>',
    '  </question>',
    '',
  ];
}

function questionElement(question: QuestionInput): string[] {
  const format = textFormatToMoodle(question.format);
  return [
    `  <question type="${moodleType(question)}">`,
    ...textBlock('name', undefined, question.title ?? defaultName(question.prompt)),
    ...textBlock('questiontext', format, promptWithBlank(question)),
    ...textBlock('generalfeedback', format, question.generalFeedback ?? ''),
    ...(question.points === undefined ? [] : [`    <defaultgrade>${formatNumber(question.points)}</defaultgrade>`]),
    ...typeSpecific(question, format),
    '  </question>',
    '',
  ];
}

function moodleType(question: QuestionInput): string {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return 'multichoice';
    case 'true_false':
      return 'truefalse';
    case 'short_answer':
      return 'shortanswer';
    case 'numeric':
      return 'numerical';
    case 'matching':
      return 'matching';
    case 'essay':
      return 'essay';
  }
}

function typeSpecific(question: QuestionInput, format: string): string[] {
  switch (question.type) {
    case 'single_choice':
    case 'multiple_choice':
      return choiceBody(question.type === 'single_choice', question.options, format);
    case 'true_false':
      return trueFalseBody(question, format);
    case 'short_answer':
      return shortAnswerBody(question, format);
    case 'numeric':
      return numericBody(question, format);
    case 'matching':
      return matchingBody(question, format);
    case 'essay':
      return essayBody(question, format);
  }
}

// ------------------------------------------------------------------ question types

function choiceBody(single: boolean, options: ChoiceOption[], format: string): string[] {
  return [
    `    <single>${single ? 'true' : 'false'}</single>`,
    // Moodle shuffles only when both the question and the quiz allow it; Lane decides per quiz.
    '    <shuffleanswers>true</shuffleanswers>',
    '    <answernumbering>abc</answernumbering>',
    ...options.flatMap((option) => answerElement(option.weight, format, option.text, format, option.feedback)),
  ];
}

function trueFalseBody(question: TrueFalseQuestion, format: string): string[] {
  return [
    ...answerElement(question.correct ? 100 : 0, PLAIN_ANSWER_FORMAT, 'true', format, question.trueFeedback),
    ...answerElement(question.correct ? 0 : 100, PLAIN_ANSWER_FORMAT, 'false', format, question.falseFeedback),
  ];
}

function shortAnswerBody(question: ShortAnswerQuestion, format: string): string[] {
  return [
    `    <usecase>${question.caseSensitive === true ? 1 : 0}</usecase>`,
    ...question.answers.flatMap((answer) => answerElement(answer.weight, PLAIN_ANSWER_FORMAT, answer.text, format, answer.feedback)),
  ];
}

function numericBody(question: NumericQuestion, format: string): string[] {
  return [
    ...question.answers.flatMap((answer) => {
      const { value, tolerance } = toleranceForm(answer);
      const extra = [`      <tolerance>${formatNumber(tolerance)}</tolerance>`];
      return answerElement(answer.weight, PLAIN_ANSWER_FORMAT, formatNumber(value), format, answer.feedback, extra);
    }),
    // Moodle's defaults for a question without units, as its export writes them.
    '    <unitgradingtype>0</unitgradingtype>',
    '    <unitpenalty>0.1000000</unitpenalty>',
    '    <showunits>3</showunits>',
    '    <unitsleft>0</unitsleft>',
  ];
}

/** Moodle knows only value ± tolerance; halving each bound first cannot overflow. */
function toleranceForm(answer: NumericAnswer): { value: number; tolerance: number } {
  if ('value' in answer) return { value: answer.value, tolerance: answer.tolerance };
  return { value: answer.min / 2 + answer.max / 2, tolerance: Math.abs(answer.max / 2 - answer.min / 2) };
}

function matchingBody(question: MatchingQuestion, format: string): string[] {
  return [
    '    <shuffleanswers>true</shuffleanswers>',
    ...question.pairs.flatMap((pair) => [
      `    <subquestion format="${format}">`,
      `      ${textElement(pair.prompt)}`,
      '      <answer>',
      `        ${textElement(pair.answer)}`,
      '      </answer>',
      '    </subquestion>',
    ]),
  ];
}

function essayBody(question: EssayQuestion, format: string): string[] {
  return [
    '    <responseformat>editor</responseformat>',
    '    <responserequired>1</responserequired>',
    '    <responsefieldlines>15</responsefieldlines>',
    '    <attachments>0</attachments>',
    '    <attachmentsrequired>0</attachmentsrequired>',
    ...textBlock('graderinfo', format, question.graderInfo ?? ''),
    ...textBlock('responsetemplate', format, ''),
  ];
}

// ------------------------------------------------------------------ pieces

function answerElement(
  weight: number,
  answerFormat: string,
  text: string,
  feedbackFormat: string,
  feedback: string | undefined,
  extra: string[] = [],
): string[] {
  return [
    `    <answer fraction="${formatNumber(weight)}" format="${answerFormat}">`,
    `      ${textElement(text)}`,
    `      <feedback format="${feedbackFormat}">`,
    `        ${textElement(feedback ?? '')}`,
    '      </feedback>',
    ...extra,
    '    </answer>',
  ];
}

function textBlock(tag: string, format: string | undefined, text: string): string[] {
  const open = format === undefined ? `<${tag}>` : `<${tag} format="${format}">`;
  return [`    ${open}`, `      ${textElement(text)}`, `    </${tag}>`];
}

function textElement(text: string): string {
  return `<text>${cdata(text)}</text>`;
}

// Characters XML 1.0 cannot carry at all, not even as references; lone surrogates included.
const NON_XML_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Every text goes in CDATA; a `]]>` inside is split across two sections, as Moodle does. */
export function cdata(text: string): string {
  const clean = text.replace(NON_XML_CHARACTERS, '');
  return clean === '' ? '' : `<![CDATA[${clean.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

function formatNumber(value: number): string {
  return String(value);
}

function promptWithBlank(question: QuestionInput): string {
  if (question.blankAt === undefined) return question.prompt;
  const at = Math.min(Math.max(0, Math.trunc(question.blankAt)), question.prompt.length);
  return `${question.prompt.slice(0, at)}${BLANK}${question.prompt.slice(at)}`;
}

/**
 * Moodle requires a name. For an untitled question it gets what Moodle's own importers make:
 * the start of the question text, without markup.
 */
export function defaultName(prompt: string): string {
  const plain = prompt
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = Array.from(plain);
  const name = characters.length > DEFAULT_NAME_LENGTH ? `${characters.slice(0, DEFAULT_NAME_LENGTH).join('').trimEnd()}…` : plain;
  return name === '' ? 'Question' : name;
}
