import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FilesystemStorage } from '@lms/server-core';
import { Argon2PasswordHasher } from '@lms/server-identity';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { seedDemo } from './seed-demo';
import { seedStarterCourses, starterPackageDirs } from './seed-starter-courses';

const SEVEN = [
  'ai-fundamentals',
  'cybersecurity-awareness',
  'data-science-foundations',
  'digital-devices-safely',
  'digital-government-policy',
  'email-for-government',
  'web-search-and-sources',
];
const field = (dir: string, name: string) => new RegExp(`^${name}:\\s*(\\S+)`, 'm').exec(readFileSync(join(dir, 'course.yaml'), 'utf8'))![1];

describe('the starter catalogue (real PostgreSQL)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  const storage = new FilesystemStorage(mkdtempSync(join(tmpdir(), 'lane-seed-storage-')));
  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
    await seedDemo(ds, new Argon2PasswordHasher());
  });
  afterAll(async () => {
    await db.drop();
  });

  it('imports and publishes every package through the package importer, once', async () => {
    const dirs = starterPackageDirs();
    expect(await seedStarterCourses(ds, storage, 'instructor@lane.demo')).toBe(dirs.length);
    expect(await seedStarterCourses(ds, storage, 'instructor@lane.demo')).toBe(0);
    const bothEditions = new Set(
      dirs.map((d) => field(d, 'translationKey')).filter((key, _, keys) => keys.filter((k) => k === key).length === 2),
    );
    const rows: { slug: string; key: string; status: string; modules: number; lessons: number; linked: boolean }[] = await ds.query(
      `SELECT c.slug, c.translation_key AS key, c.status,
              (SELECT count(*)::int FROM course_module_revisions m WHERE m.course_id = c.id AND m.version = c.published_version) AS modules,
              (SELECT count(*)::int FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id
                WHERE r.course_id = c.id AND r.version = c.published_version AND i.kind = 'lesson') AS lessons,
              (c.translation_of IS NOT NULL) AS linked
       FROM courses c ORDER BY c.slug`,
    );
    expect(rows).toHaveLength(dirs.length);
    expect([...bothEditions].sort()).toEqual(SEVEN);
    const keyed: { key: string; locales: string[] }[] = await ds.query(
      `SELECT translation_key AS key, array_agg(locale::text ORDER BY locale) AS locales FROM courses GROUP BY 1 ORDER BY 1`,
    );
    expect(keyed).toEqual(SEVEN.map((key) => ({ key, locales: ['en', 'lo'] })));
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'published', linked: bothEditions.has(row.key) });
      expect(row.modules).toBeGreaterThanOrEqual(3);
      expect(row.lessons).toBeGreaterThanOrEqual(6);
    }
  }, 60_000);

  it('turns every quiz file into a question bank of its course that the quiz draws from', async () => {
    const quizzes: { slug: string; questions: number; passPercent: number | null }[] = await ds.query(
      `SELECT c.slug, (SELECT count(*)::int FROM questions q WHERE q.bank_id = (r.settings->>'questionBankId')::uuid) AS questions,
              (r.settings->>'passPercent')::int AS "passPercent", (SELECT course_id FROM question_banks WHERE id = (r.settings->>'questionBankId')::uuid) = c.id AS own
       FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'quiz' JOIN courses c ON c.id = r.course_id AND r.version = c.published_version`,
    );
    expect(quizzes.length).toBeGreaterThanOrEqual(3 * 14);
    for (const quiz of quizzes) expect(quiz).toMatchObject({ questions: expect.any(Number), passPercent: 70, own: true });
    expect(Math.min(...quizzes.map((q) => q.questions))).toBeGreaterThanOrEqual(3);
  });

  it('gives quizzes imported before assessments existed (source only, no settings) their banks on the next seed', async () => {
    const [{ item_id: itemId }] = await ds.query(`SELECT r.item_id FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'quiz' LIMIT 1`);
    await ds.query(`UPDATE course_item_revisions SET settings = NULL WHERE item_id = $1`, [itemId]);
    expect(await seedStarterCourses(ds, storage, 'instructor@lane.demo')).toBe(0);
    const [row] = await ds.query(`SELECT settings FROM course_item_revisions WHERE item_id = $1`, [itemId]);
    expect(row.settings).toMatchObject({ selection: { mode: 'all' }, passPercent: 70, questionBankId: expect.any(String) });
  });
});
