import { PackageInvalid, type PackageProblem } from './package-error';
import { parsePackage } from './parse-package';

const HEAD = 'slug: safe-online-en\nlocale: en\ntitle: Safe online\ncategory: cybersecurity\nlevel: beginner\n';

function problemsOf(manifest: string, files: Record<string, string> = {}): PackageProblem[] {
  try {
    parsePackage(new Map(Object.entries({ 'course.yaml': HEAD + manifest, ...files }).map(([k, v]) => [k, Buffer.from(v)])));
    return [];
  } catch (error) {
    if (error instanceof PackageInvalid) return error.problems;
    throw error;
  }
}

describe('parsePackage', () => {
  it('takes SCORM items, leaving their zips to the SCORM feature, and modules with no items, as the editor keeps them', () => {
    const files = new Map([
      ['course.yaml', Buffer.from(`${HEAD}modules:\n  - title: Packages\n    items:\n      - scorm: scorm/01-01-x.zip\n        title: " A package "\n  - title: Empty\n    items: []\n`)],
      ['scorm/01-01-x.zip', Buffer.from([0x50, 0x4b, 0xff])],
    ]);
    expect(parsePackage(files).modules).toEqual([
      { title: 'Packages', items: [{ kind: 'scorm', title: 'A package', path: 'scorm/01-01-x.zip', content: '', media: [] }] },
      { title: 'Empty', items: [] },
    ]);
    expect(problemsOf('modules: []\n')).toEqual([]);
  });

  it.each([
    ['a SCORM zip that is not there', 'modules:\n  - title: M\n    items:\n      - scorm: scorm/x.zip\n        title: X\n', { line: 9, message: 'modules.0.items.0.scorm names scorm/x.zip, which is not in the package' }],
    ['a SCORM path outside scorm/', 'modules:\n  - title: M\n    items:\n      - scorm: lessons/x.zip\n        title: X\n', { line: 9, message: 'modules.0.items.0.scorm must be a path like scorm/name.zip' }],
    ['an item of two kinds', 'modules:\n  - title: M\n    items:\n      - scorm: scorm/x.zip\n        lesson: lessons/x.md\n        title: X\n', { line: 9, message: 'modules.0.items.0 must have exactly one of lesson:, quiz: or scorm:' }],
    ['a module without its items list', 'modules:\n  - title: M\n', { line: 7, message: 'modules.0.items must be a list of lessons, quizzes and SCORM packages (it may be empty)' }],
    ['no modules list', 'tags: []\n', { line: 1, message: 'modules must be a list of modules' }],
  ])('refuses %s, on its line', (_name, manifest, expected) => {
    expect(problemsOf(manifest)).toEqual([{ file: 'course.yaml', ...expected }]);
  });
});
