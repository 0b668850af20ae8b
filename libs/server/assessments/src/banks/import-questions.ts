import type { CodedImportProblem, QuestionInput } from '@lms/contracts';
import { parseGift } from '../formats/gift';
import { normaliseCategoryPath, parseMoodleXml } from '../formats/moodle-xml';
import { validateQuestion } from '../questions';

export const IMPORT_FORMATS = ['gift', 'moodle-xml'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** validateQuestion's sentences start with the path of the field they are about (`options[1].weight must…`). */
const FIELD_PATH = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?) (?:is|must|has) /;
const fieldOf = (message: string) => (message.startsWith('the positive weights of options') ? 'options' : FIELD_PATH.exec(message)?.[1]);

/**
 * Parses a whole file and validates every question in it, so that an import is all or nothing:
 * the caller writes `questions` only when `errors` is empty. Each problem names its line and
 * carries a stable code for its kind (the file's syntax, a question's meaning, an empty file).
 */
export function parseQuestionFile(format: ImportFormat, text: string): { questions: QuestionInput[]; errors: CodedImportProblem[] } {
  const parsed = format === 'gift' ? parseGift(text) : parseMoodleXml(text);
  const syntax = format === 'gift' ? 'assessments.import.gift-syntax' : 'assessments.import.moodle-xml-syntax';
  const errors: CodedImportProblem[] = parsed.errors.map((e) => ({ ...e, code: syntax }));
  const questions: QuestionInput[] = [];
  for (const { line, question } of parsed.questions) {
    const checked = validateQuestion(question);
    if (checked.question) questions.push(canonicalQuestion(checked.question));
    else errors.push(...checked.problems.map((message): CodedImportProblem => ({ line, message, code: 'assessments.import.question-invalid', ...(fieldOf(message) ? { field: fieldOf(message) } : {}) })));
  }
  if (!errors.length && !questions.length) errors.push({ line: 1, message: 'the file holds no questions', code: 'assessments.import.no-questions' });
  return { questions, errors: errors.sort((a, b) => a.line - b.line) };
}

/**
 * One spelling per category, whichever format it came from: GIFT's `$CATEGORY: $course$/top/A`,
 * Moodle XML's `top/A` and a typed `A` are all `A`, so a quiz drawing from "A" finds them all.
 */
export function canonicalCategory(raw: string | undefined): string | undefined {
  return normaliseCategoryPath(raw)?.replace(/^top\//, '');
}

export function canonicalQuestion(question: QuestionInput): QuestionInput {
  const category = canonicalCategory(question.category);
  const { category: _old, ...rest } = question;
  return category ? { ...rest, category } : (rest as QuestionInput);
}
