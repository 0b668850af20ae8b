import { IMPORT_PROBLEM_CODES } from '@lms/contracts';
import { parseQuestionFile } from './import-questions';

describe('parseQuestionFile: coded problems by line', () => {
  it('codes GIFT syntax, an invalid question (with its field) and an empty file, keeping the line and the sentence', () => {
    const gift = ['::Sum:: 2 + 2 = {#four}', '', '::Choice:: Pick one {~a ~b}', '', 'An open block {=x'].join('\n');
    const { questions, errors } = parseQuestionFile('gift', gift);
    expect(questions).toEqual([]);
    expect(errors.map(({ line, code, field }) => ({ line, code, field }))).toEqual([
      { line: 1, code: 'assessments.import.gift-syntax', field: undefined },
      { line: 3, code: 'assessments.import.question-invalid', field: 'options' },
      { line: 5, code: 'assessments.import.gift-syntax', field: undefined },
    ]);
    expect(errors.every((e) => typeof e.message === 'string' && e.message.length > 0)).toBe(true);
    expect(parseQuestionFile('gift', '// only a comment\n').errors).toEqual([{ line: 1, message: 'the file holds no questions', code: 'assessments.import.no-questions' }]);
  });

  it('codes Moodle XML that is not well formed, and every code is one the contract lists', () => {
    const { errors } = parseQuestionFile('moodle-xml', '<quiz><question type="truefalse">');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.code === 'assessments.import.moodle-xml-syntax')).toBe(true);
    expect(errors.every((e) => (IMPORT_PROBLEM_CODES as readonly string[]).includes(e.code))).toBe(true);
  });
});
