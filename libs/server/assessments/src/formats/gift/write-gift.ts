import type { ChoiceOption, NumericAnswer, QuestionInput, TextFormat } from '@lms/contracts';

/**
 * Writes questions as Moodle GIFT, the inverse of parseGift: parseGift(writeGift(qs)) gives qs back
 * for every question GIFT can express. Every special character is escaped and every newline is
 * written as `\n`, so each question's text sits on one line that neither trimming nor a blank
 * line can change. GIFT has no place for `points`, an essay's `graderInfo` or a short answer's
 * `caseSensitive`; they are dropped, and the questions import with Moodle's defaults.
 */
export function writeGift(questions: readonly QuestionInput[]): string {
  const blocks: string[] = [];
  let category: string | undefined;
  for (const question of questions) {
    const next = categoryOf(question);
    if (next !== category) {
      // An empty $CATEGORY: line sends the questions after it back to no category.
      blocks.push(next === undefined ? '$CATEGORY:' : `$CATEGORY: ${next}`);
      category = next;
    }
    blocks.push(writeQuestion(question));
  }
  return blocks.length ? `${blocks.join('\n\n')}\n` : '';
}

/** A category line is read raw, up to its end, so a line break in a path becomes a space. */
function categoryOf(question: QuestionInput): string | undefined {
  const path = question.category?.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return path || undefined;
}

const SPECIAL = /[\\~=#{}:]/g;

/** Escapes GIFT's control characters and writes newlines as `\n` (a carriage return is dropped, as Moodle does). */
export function escapeGiftText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPECIAL, (ch) => `\\${ch}`)
    .replace(/\n/g, '\\n');
}

/** What the parser would read as a [format] tag, so a text that really starts with one needs a tag of its own. */
const TAG_LIKE = /^\[[A-Za-z]+\]/;

/**
 * An answer or feedback. A leading `[format]` or, where a weight may stand, a leading `%` would be
 * read as syntax; putting the question's own format in front keeps it text.
 */
function part(text: string, format: TextFormat, weighted = false): string {
  const guard = TAG_LIKE.test(text) || (weighted && text.startsWith('%'));
  return `${guard ? `[${format}]` : ''}${escapeGiftText(text)}`;
}

/** A weight as Moodle reads it: digits and a point, never an exponent. */
function weightText(weight: number): string {
  const written = String(weight);
  const exponent = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(written);
  if (!exponent) return written;
  const [, sign, whole, fraction = '', power] = exponent;
  const digits = whole + fraction;
  const point = whole.length + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const weightMark = (weight: number) => `%${weightText(weight)}%`;

function feedbackText(feedback: string | undefined, format: TextFormat): string {
  return feedback ? ` #${part(feedback, format)}` : '';
}

function generalFeedbackLine(question: QuestionInput): string[] {
  return question.generalFeedback ? [`\t####${part(question.generalFeedback, question.format)}`] : [];
}

function writeQuestion(question: QuestionInput): string {
  const { before, after } = splitPrompt(question);
  const title = question.title ? `::${escapeGiftText(question.title)}:: ` : '';
  // Moodle reads a leading [word] as a format and a leading // as a comment line.
  const guard = question.format !== 'moodle' || TAG_LIKE.test(before) || (!title && before.startsWith('//'));
  const head = `${title}${guard ? `[${question.format}]` : ''}${escapeGiftText(before)}`;
  const block = answerBlock(question);
  if (after === undefined) return `${head}${before ? ' ' : ''}${block}`;
  // A blank at the very end needs something after the block, or Moodle sees no blank: an escaped
  // newline is trimmed away once the blank is found.
  return `${head}${block}${after ? escapeGiftText(after) : '\\n'}`;
}

/** The text before and after the block; `after` is undefined when there is no blank. */
function splitPrompt(question: QuestionInput): { before: string; after?: string } {
  const { prompt, blankAt } = question;
  if (blankAt === undefined) return { before: prompt };
  const at = Math.max(0, Math.min(prompt.length, Math.trunc(blankAt)));
  return { before: prompt.slice(0, at), after: prompt.slice(at) };
}

function lines(items: string[]): string {
  return `{\n${items.join('\n')}\n}`;
}

function answerBlock(question: QuestionInput): string {
  const format = question.format;
  switch (question.type) {
    case 'essay':
      return question.generalFeedback ? `{####${part(question.generalFeedback, format)}}` : '{}';
    case 'true_false':
      return `{${trueFalseAnswer(question.correct, question.trueFeedback, question.falseFeedback, format)}${
        question.generalFeedback ? `####${part(question.generalFeedback, format)}` : ''
      }}`;
    case 'single_choice':
    case 'multiple_choice':
      return lines([...choiceLines(question.options, question.type === 'single_choice', format), ...generalFeedbackLine(question)]);
    case 'short_answer':
      return lines([
        ...question.answers.map((a) => `\t=${a.weight === 100 ? '' : weightMark(a.weight)}${part(a.text, format, true)}${feedbackText(a.feedback, format)}`),
        ...generalFeedbackLine(question),
      ]);
    case 'numeric':
      return `{#\n${[...question.answers.map((a) => numericLine(a, format)), ...generalFeedbackLine(question)].join('\n')}\n}`;
    case 'matching':
      return lines([
        ...question.pairs.map((p) => `\t=${p.prompt ? `${part(p.prompt, format)} ` : ' '}-> ${escapeGiftText(p.answer)}`),
        ...generalFeedbackLine(question),
      ]);
  }
}

/** Moodle's order: the feedback for a wrong answer first, then the one for a right answer. */
function trueFalseAnswer(correct: boolean, trueFeedback: string | undefined, falseFeedback: string | undefined, format: TextFormat): string {
  const right = correct ? trueFeedback : falseFeedback;
  const wrong = correct ? falseFeedback : trueFeedback;
  let out = correct ? 'T' : 'F';
  if (wrong) out += `#${part(wrong, format)}`;
  else if (right) out += '#';
  if (right) out += `#${part(right, format)}`;
  return out;
}

/**
 * "=" marks the right answer of a single-choice question (the first at 100%); every other option
 * is "~" with its weight unless that is 0. Without a 100% option GIFT cannot say single choice.
 */
function choiceLines(options: readonly ChoiceOption[], single: boolean, format: TextFormat): string[] {
  const right = single ? options.findIndex((o) => o.weight === 100) : -1;
  return options.map((o, i) => {
    const marker = i === right ? '=' : `~${o.weight === 0 ? '' : weightMark(o.weight)}`;
    return `\t${marker}${part(o.text, format, true)}${feedbackText(o.feedback, format)}`;
  });
}

function numericLine(answer: NumericAnswer, format: TextFormat): string {
  const value = 'value' in answer ? `${answer.value}:${answer.tolerance}` : `${answer.min}..${answer.max}`;
  return `\t=${answer.weight === 100 ? '' : weightMark(answer.weight)}${value}${feedbackText(answer.feedback, format)}`;
}
