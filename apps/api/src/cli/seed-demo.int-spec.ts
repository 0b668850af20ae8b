import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { FilesystemStorage } from '@lms/server-core';
import { Argon2PasswordHasher } from '@lms/server-identity';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { DEMO_UNITS, DEMO_USERS, demoLearners } from './demo-data';
import { seedDemo } from './seed-demo';
import { DEMO_SCORM, seedDemoScorm } from './seed-demo-scorm';
import { seedLoad } from './seed-load';
import { seedStarterCourses, starterCoursesDir } from './seed-starter-courses';

describe('seeds (real PostgreSQL)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
  });
  afterAll(async () => {
    await db.drop();
  });

  it('seeds the demo tree and users once; running it again changes nothing', async () => {
    const hasher = new Argon2PasswordHasher();
    expect(await seedDemo(ds, hasher)).toEqual({ unitsCreated: DEMO_UNITS.length, usersCreated: DEMO_USERS.length + demoLearners().length });
    expect(await seedDemo(ds, hasher)).toEqual({ unitsCreated: 0, usersCreated: 0 });
    const [{ count }] = await ds.query(
      `SELECT count(*)::int AS count FROM users u JOIN org_units ou ON ou.id = u.org_unit_id
       WHERE ou.path LIKE (SELECT path FROM org_units WHERE code = 'MOF') || '%'`,
    );
    expect(count).toBeGreaterThanOrEqual(10);
    const ministries = await ds.query(`SELECT name_en FROM org_units WHERE parent_id IS NULL ORDER BY code`);
    expect(ministries.map((m: { name_en: string }) => m.name_en)).toEqual(
      expect.arrayContaining(['Ministry of Technology and Communications', 'Ministry of Home Affairs', 'Ministry of Finance', 'Ministry of Education and Sports', 'Vientiane Capital']),
    );
  });

  it('adds the Lao SCORM activity to the Lao cybersecurity course through the import, once, and publishes it', async () => {
    const storage = new FilesystemStorage(mkdtempSync(join(tmpdir(), 'lane-seed-scorm-')));
    expect(await seedDemoScorm(ds, storage)).toBe(0); // no starter course yet: nothing to add it to
    // Only the cybersecurity course (both editions) is imported, from its own folder.
    const starters = process.env.LANE_STARTER_COURSES_DIR;
    process.env.LANE_STARTER_COURSES_DIR = join(starterCoursesDir(), 'cybersecurity-awareness');
    try {
      expect(await seedStarterCourses(ds, storage, 'instructor@lane.demo')).toBe(2);
    } finally {
      if (starters === undefined) delete process.env.LANE_STARTER_COURSES_DIR;
      else process.env.LANE_STARTER_COURSES_DIR = starters;
    }
    expect(await seedDemoScorm(ds, storage)).toBe(1);
    expect(await seedDemoScorm(ds, storage)).toBe(0);

    const items: { title: string; position: number; module: number; packageId: string; files: Record<string, { n: number }>; owned: boolean; published: boolean }[] = await ds.query(
      `SELECT r.title, r.position, m.position AS module, p.id AS "packageId", p.files, p.created_by = c.owner_id AS owned, c.published_version = c.draft_version AS published
       FROM course_item_revisions r JOIN course_items i ON i.id = r.item_id AND i.kind = 'scorm' JOIN courses c ON c.id = r.course_id AND r.version = c.published_version
       JOIN course_module_revisions m ON m.module_id = r.module_id AND m.version = r.version JOIN scorm_packages p ON p.id::text = r.settings->>'scormPackageId'
       WHERE c.slug = $1`,
      [DEMO_SCORM.courseSlug],
    );
    expect(items).toEqual([{ title: DEMO_SCORM.title, position: 2, module: 2, packageId: expect.any(String), files: expect.any(Object), owned: true, published: true }]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM scorm_packages`)).toEqual([{ n: 1 }]);
    const [{ packageId, files }] = items;
    expect(Object.keys(files).sort()).toEqual(['imsmanifest.xml', 'sco/index.html', 'sco/quiz.js', 'sco/style.css']);
    const page = (await storage.get(`scorm/${packageId}/${files['sco/index.html'].n}`))!.toString('utf8');
    expect(page).toContain('<html lang="lo">');
    expect(page).toContain('ລະຫັດຜ່ານທີ່ແຂງແຮງ');
  }, 60_000);

  it('generates a load population idempotently', async () => {
    const logs: string[] = [];
    await seedLoad(ds, new Argon2PasswordHasher(), 1_500, (m) => logs.push(m));
    await seedLoad(ds, new Argon2PasswordHasher(), 1_500, (m) => logs.push(m));
    const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM users WHERE email LIKE 'load.learner.%'`);
    expect(count).toBe(1_500);
    expect(logs).toContain('learners: 1500/1500 (0 new)');
    expect(logs.at(-1)).toBe('rollup: 0 enrolments counted');
    // Ten enrolments each, in every state, six of ten courses assigned with a due date; the rollup counts them all.
    const [e] = await ds.query(
      `SELECT count(*)::int AS n, count(completed_at)::int AS completed, count(*) FILTER (WHERE started_at IS NOT NULL AND completed_at IS NULL)::int AS in_progress,
              count(assignment_id)::int AS assigned, count(*) FILTER (WHERE completed_at IS NULL AND due_at < now())::int AS overdue
       FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email LIKE 'load.learner.%'`,
    );
    expect(e.n).toBe(15_000);
    for (const part of [e.completed, e.in_progress, e.assigned, e.overdue]) expect(part).toBeGreaterThan(e.n / 20);
    const [r] = await ds.query(`SELECT sum(enrolled)::int AS n, sum(completed)::int AS completed FROM report_rollup`);
    expect(r).toEqual({ n: e.n, completed: e.completed });
  });
});
