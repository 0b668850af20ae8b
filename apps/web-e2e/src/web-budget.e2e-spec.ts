import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'dist/web');
const CHECK = join(ROOT, 'scripts/check-web-budget.mjs');
const QUIZ_ROUTE = '/courses/:id/quizzes/:id';

/**
 * The budget script that the build runs (scripts/check-web-budget.mjs), on the app as built for
 * this test run: it passes, and it fails, naming the route, as soon as one route is over.
 */
describe('the learner JavaScript budget', () => {
  it('holds for every learner route of this build', () => {
    const output = execFileSync(process.execPath, [CHECK, DIST], { encoding: 'utf8' });
    const sizes = [...output.matchAll(/ (\/\S*) (\d+\.\d) KiB/g)].map(([, route, kib]) => ({ route, kib: Number(kib) }));
    expect(sizes.map((s) => s.route)).toEqual(expect.arrayContaining(['/', '/courses', '/courses/:id/lessons/:id', QUIZ_ROUTE, '/verify/:code']));
    for (const size of sizes) expect(size.kib).toBeLessThanOrEqual(100);
    // The entry alone is the floor under every route: each route adds its own chunks to it.
    const home = sizes.find((s) => s.route === '/')!.kib;
    for (const size of sizes) expect(size.kib).toBeGreaterThanOrEqual(home);
  });

  it('fails the build, naming the route, when a route goes over', () => {
    const copy = mkdtempSync(join(tmpdir(), 'lane-budget-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
      // 12 KiB that gzip cannot shrink, in the quiz route's own chunk only.
      appendFileSync(join(copy, manifest['src/app/routes/quiz.tsx'].file), `\n/*${randomBytes(9 * 1024).toString('base64')}*/\n`);
      const result = spawnSync(process.execPath, [CHECK, copy], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`over the learner JS budget of 100.0 KiB: ${QUIZ_ROUTE}`);
      expect(result.stderr).not.toContain('/courses/:id/lessons/:id');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('holds the learner’s initial download to its recorded size, and fails the build when it grows', () => {
    const output = execFileSync(process.execPath, [CHECK, DIST], { encoding: 'utf8' });
    const recorded = (JSON.parse(readFileSync(join(ROOT, 'apps/web/learner-initial.json'), 'utf8')) as { bytes: number }).bytes;
    // Equal, or off by the few bytes the lazy chunks' hashed names in the entry make.
    const measured = Number(new RegExp(`learner initial download: (\\d+) bytes gzipped \\(recorded ${recorded}, (unchanged|within 32 bytes of hash churn)\\)`).exec(output)?.[1]);
    expect(Math.abs(measured - recorded)).toBeLessThanOrEqual(32);

    const copy = mkdtempSync(join(tmpdir(), 'lane-budget-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(copy, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
      // 200 bytes gzip cannot shrink, in the entry: far under the budget, but no longer the same size.
      appendFileSync(join(copy, Object.values(manifest).find((m) => m.isEntry)!.file), `\n/*${randomBytes(150).toString('base64')}*/\n`);
      const result = spawnSync(process.execPath, [CHECK, copy], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`the learner's initial download grew: \\d+ bytes gzipped, recorded ${recorded}`));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('finds no staff code in the learner build, and fails the build, naming it, if some gets in', () => {
    const modules = JSON.parse(readFileSync(join(DIST, '.vite/modules.json'), 'utf8')) as string[];
    // The learner app's own modules are listed; the staff app's are not.
    expect(modules).toEqual(expect.arrayContaining(['src/main.tsx', 'src/app/router.tsx', 'src/features/courses/components/lesson-screen.tsx']));
    expect(modules.filter((m) => m.startsWith('src/staff') || m.startsWith('src/features/authoring/'))).toEqual([]);
    // The staff app is built beside it.
    expect(readFileSync(join(DIST, 'staff/index.html'), 'utf8')).toContain('/staff-assets/');

    const copy = mkdtempSync(join(tmpdir(), 'lane-budget-'));
    try {
      cpSync(DIST, copy, { recursive: true });
      writeFileSync(join(copy, '.vite/modules.json'), JSON.stringify([...modules, 'src/features/authoring/components/new-course-form.tsx']));
      const result = spawnSync(process.execPath, [CHECK, copy], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain("staff code in the learner app's build (a learner would download it): src/features/authoring/components/new-course-form.tsx");
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
