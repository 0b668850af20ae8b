import { parse } from 'yaml';
import type { PackageContent } from '../courses.repository';
import { parsePackage } from './parse-package';
import { readZip } from './read-zip';
import { writePackage } from './write-package';

const COURSE: PackageContent = {
  translationKey: null,
  slug: 'safe-online-en',
  locale: 'en',
  title: 'Safe online',
  summary: '',
  category: 'cybersecurity',
  level: 'beginner',
  estimatedMinutes: null,
  tags: [],
  competences: [],
  modules: [
    { title: 'Basics', items: [{ id: 'lesson-1', kind: 'lesson', title: 'Why it matters', content: '# Why\n' }, { id: 'scorm-1', kind: 'scorm', title: 'Digital safety', content: '' }] },
    { title: 'Practice', items: [{ id: 'scorm-2', kind: 'scorm', title: 'Practice', content: '' }] },
    { title: 'Coming soon', items: [] },
  ],
};

describe('writePackage', () => {
  it('writes each SCORM item as its package zip, in its place, and a module with no items; the package parses back alike', async () => {
    const zips: Record<string, Buffer> = { 'scorm-1': Buffer.from('zip of scorm-1'), 'scorm-2': Buffer.from('zip of scorm-2') };
    const files = await readZip(await writePackage(COURSE, async () => null, async (id) => zips[id]));
    expect(parse(files.get('course.yaml')!.toString()).modules).toEqual([
      { title: 'Basics', items: [{ lesson: 'lessons/01-01-why-it-matters.md', title: 'Why it matters' }, { scorm: 'scorm/01-02-digital-safety.zip', title: 'Digital safety' }] },
      { title: 'Practice', items: [{ scorm: 'scorm/02-01-practice.zip', title: 'Practice' }] },
      { title: 'Coming soon', items: [] },
    ]);
    expect(files.get('scorm/02-01-practice.zip')).toEqual(zips['scorm-2']);
    expect(parsePackage(files).modules.map((m) => [m.title, m.items.map((i) => [i.kind, i.title, i.path])])).toEqual([
      ['Basics', [['lesson', 'Why it matters', 'lessons/01-01-why-it-matters.md'], ['scorm', 'Digital safety', 'scorm/01-02-digital-safety.zip']]],
      ['Practice', [['scorm', 'Practice', 'scorm/02-01-practice.zip']]],
      ['Coming soon', []],
    ]);
  });
});
