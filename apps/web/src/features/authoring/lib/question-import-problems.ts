import type { CodedImportProblem, ImportProblem, ImportProblemCode } from '@lms/contracts';
import type { MessageKey } from '../../../lib/i18n';

const WORDS: Record<ImportProblemCode, MessageKey> = {
  'assessments.import.gift-syntax': 'staff.questions.import.giftSyntax',
  'assessments.import.moodle-xml-syntax': 'staff.questions.import.xmlSyntax',
  'assessments.import.question-invalid': 'staff.questions.import.questionInvalid',
  'assessments.import.no-questions': 'staff.questions.import.noQuestions',
};

/** The catalogue's words for an import problem's code; undefined for a code this app does not know (the server's text then stands alone). */
export function importProblemWords(problem: ImportProblem | CodedImportProblem): MessageKey | undefined {
  const code = (problem as Partial<CodedImportProblem>).code;
  return code && Object.hasOwn(WORDS, code) ? WORDS[code] : undefined;
}
