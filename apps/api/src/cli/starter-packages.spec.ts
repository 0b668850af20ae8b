import { parsePackage, readZip } from '@lms/server-courses';
import { starterPackageDirs, zipFolder } from './seed-starter-courses';

// Every starter package parses exactly as an upload would, and meets the catalogue's bar. Set
// LANE_PACKAGE_DIR to check one folder while writing it.
const dirs = process.env.LANE_PACKAGE_DIR ? [process.env.LANE_PACKAGE_DIR] : starterPackageDirs();

describe.each(dirs)('the starter package %s', (dir) => {
  it('parses, with at least three modules, six substantive lessons and a quiz per module', async () => {
    const pkg = parsePackage(await readZip(await zipFolder(dir)));
    expect(pkg.modules.length).toBeGreaterThanOrEqual(3);
    const items = pkg.modules.flatMap((m) => m.items);
    const lessons = items.filter((i) => i.kind === 'lesson');
    expect(lessons.length).toBeGreaterThanOrEqual(6);
    for (const lesson of lessons) expect({ path: lesson.path, long: lesson.content.length > 1500 }).toEqual({ path: lesson.path, long: true });
    for (const m of pkg.modules) expect(m.items.some((i) => i.kind === 'quiz')).toBe(true);
  });
});
