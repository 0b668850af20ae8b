import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseGift } from './parse-gift';

// The quizzes shipped with the starter courses are GIFT written by hand, in English and Lao.
const root = join(__dirname, '../../../../../..');
const starterCourses = join(root, 'content/starter-courses');

function quizFiles(): string[] {
  return readdirSync(starterCourses, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.gift') && path.split(/[\\/]/).includes('quizzes'))
    .map((path) => join(starterCourses, path))
    .sort();
}

describe('the starter-course quizzes', () => {
  const files = quizFiles();

  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((file) => [relative(root, file), file]))('%s parses with no errors and at least one question', (_name, file) => {
    const result = parseGift(readFileSync(file, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.questions.length).toBeGreaterThan(0);
    for (const { question } of result.questions) expect(question.prompt.trim()).not.toBe('');
  });
});
