import { DataSource } from 'typeorm';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { RollupFold } from './rollup-fold';

/**
 * The rollup stays equal to a GROUP BY of the raw rows through every kind of change the system
 * makes (enrolling, starting, completing, re-opening a cycle, moving a due date, dropping an
 * assignment, deleting, moving a person to another unit, disabling and re-enabling them), folded
 * at random moments, and while changes race a fold from other connections (real PostgreSQL).
 */
describe('the HR rollup, kept by folding marked changes (real PostgreSQL)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  let fold: RollupFold;
  let units: string[];
  let users: string[];
  let courses: string[];
  let assignment: string;

  /** A small deterministic PRNG (mulberry32), so that a failure can be replayed. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Rows of the rollup that differ from the raw count, either way; empty when they agree. */
  const disagreement = async (): Promise<unknown[]> =>
    ds.query(`
      WITH raw AS (
        SELECT u.org_unit_id, e.course_id, e.assignment_id, report_day(e.enrolled_at) AS enrolled_on, report_day(e.due_at) AS due_on,
               count(*)::int AS enrolled, count(*) FILTER (WHERE e.started_at IS NOT NULL AND e.completed_at IS NULL)::int AS in_progress,
               count(*) FILTER (WHERE e.completed_at IS NOT NULL)::int AS completed
        FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.status = 'active'
        GROUP BY 1, 2, 3, 4, 5),
      kept AS (SELECT org_unit_id, course_id, assignment_id, enrolled_on, due_on, enrolled, in_progress, completed FROM report_rollup)
      (SELECT 'missing' AS side, * FROM (SELECT * FROM raw EXCEPT SELECT * FROM kept) a)
      UNION ALL (SELECT 'extra', * FROM (SELECT * FROM kept EXCEPT SELECT * FROM raw) b)`);

  const pick = <T>(rnd: () => number, xs: T[]): T => xs[Math.floor(rnd() * xs.length)];

  /** One change of a kind the system makes, on a random row. */
  async function change(q: DataSource, rnd: () => number): Promise<void> {
    const user = pick(rnd, users);
    const course = pick(rnd, courses);
    const days = Math.floor(rnd() * 40) - 20;
    switch (Math.floor(rnd() * 10)) {
      case 0:
      case 1:
        await q.query(
          `INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, enrolled_at, due_at)
           VALUES ($1, $2, 1, $3, now() - make_interval(days => $4), now() + make_interval(days => $4))
           ON CONFLICT (user_id, course_id) DO NOTHING`,
          [user, course, rnd() < 0.5 ? assignment : null, days],
        );
        return;
      case 2:
        await q.query(`UPDATE enrolments SET started_at = now() WHERE user_id = $1 AND course_id = $2 AND started_at IS NULL`, [user, course]);
        return;
      case 3:
        await q.query(`UPDATE enrolments SET started_at = COALESCE(started_at, now()), completed_at = now(), progress_percent = 100 WHERE user_id = $1 AND completed_at IS NULL`, [user]);
        return;
      case 4:
        // A recurring course's completion lapses: the next cycle re-opens.
        await q.query(`UPDATE enrolments SET completed_at = NULL, started_at = NULL, cycle = cycle + 1, progress_percent = 0 WHERE user_id = $1 AND course_id = $2 AND completed_at IS NOT NULL`, [user, course]);
        return;
      case 5:
        await q.query(`UPDATE enrolments SET due_at = now() + make_interval(days => $2), progress_percent = progress_percent / 2 WHERE course_id = $1`, [course, days]);
        return;
      case 6:
        await q.query(`DELETE FROM enrolments WHERE user_id = $1 AND course_id = $2`, [user, course]);
        return;
      case 7:
        await q.query(`UPDATE users SET org_unit_id = $2 WHERE id = $1`, [user, pick(rnd, units)]);
        return;
      case 8:
        await q.query(`UPDATE users SET status = CASE status WHEN 'active' THEN 'disabled' ELSE 'active' END WHERE id = $1`, [user]);
        return;
      default:
        await q.query(`UPDATE enrolments SET assignment_id = NULL WHERE assignment_id = $1 AND user_id = $2`, [assignment, user]);
    }
  }

  beforeAll(async () => {
    db = await createTestDataSource({ max: 12 });
    ds = db.ds;
    fold = new RollupFold(ds);
    const [ministry] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MOES', 'ກະຊວງສຶກສາທິການ ແລະ ກິລາ', 'Education and Sports', 'ministry', '/MOES/') RETURNING id`);
    const [department] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, parent_id, path) VALUES ('MOES-1', 'ກົມ 1', 'Department 1', 'department', $1, '/MOES/1/') RETURNING id`, [ministry.id]);
    const [province] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('VTE', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital', 'province', '/VTE/') RETURNING id`);
    units = [ministry.id, department.id, province.id];
    users = (await ds.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'u' || g || '@moes.gov.la', 'ພະນັກງານ ' || g, $1 FROM generate_series(1, 40) g RETURNING id`, [ministry.id])).map(
      (u: { id: string }) => u.id,
    );
    courses = [];
    for (const slug of ['email', 'safety', 'data']) {
      const [{ id }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ($1, 'lo', $2, 'published', 1) RETURNING id`, [slug, users[0]]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, $2, 'email', 'beginner')`, [id, slug]);
      courses.push(id);
    }
    [{ id: assignment }] = await ds.query(`INSERT INTO assignments (course_id, org_unit_id, by_org, created_by) VALUES ($1, $2, true, $3) RETURNING id`, [courses[0], ministry.id, users[0]]);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('counts what is marked and nothing else: a progress tick marks nothing, a bulk insert is one trigger call', async () => {
    await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version) SELECT id, $1, 1 FROM users`, [courses[1]]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM report_dirty`))[0].n).toBe(users.length);
    expect(await fold.fold()).toBe(users.length);
    expect(await disagreement()).toEqual([]);
    await ds.query(`UPDATE enrolments SET progress_percent = 40`);
    expect((await ds.query(`SELECT count(*)::int AS n FROM report_dirty`))[0].n).toBe(0);
    expect(await fold.fold()).toBe(0);
  });

  it('agrees with the raw rows after 1,500 random changes, folded at random moments and in small batches', async () => {
    const rnd = random(20261202);
    for (let i = 0; i < 1500; i++) {
      await change(ds, rnd);
      if (rnd() < 0.02) {
        await fold.fold(rnd() < 0.5 ? 7 : undefined);
        expect(await disagreement()).toEqual([]);
      }
    }
    await fold.fold();
    expect(await disagreement()).toEqual([]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM report_rollup WHERE completed > 0 OR in_progress > 0`);
    expect(n).toBeGreaterThan(0);
  });

  it('agrees after changes from eight connections race two folds at once, of different batch sizes', async () => {
    // Two writers' bulk updates can deadlock each other (by course, by user): PostgreSQL undoes
    // one statement, which is then tried again, as a job would be.
    const retried = async (work: () => Promise<void>): Promise<void> => {
      for (;;) {
        try {
          return await work();
        } catch (error) {
          if ((error as { driverError?: { code?: string } }).driverError?.code !== '40P01') throw error;
        }
      }
    };
    const writers = Array.from({ length: 8 }, async (_, w) => {
      const rnd = random(w + 1);
      for (let i = 0; i < 150; i++) {
        const state = rnd();
        await retried(() => change(ds, random(Math.floor(state * 2 ** 31))));
      }
    });
    // Folds of different batch sizes take overlapping marks of the same enrolments.
    const folds = [3, 40].map(async (batch) => {
      for (let i = 0; i < 15; i++) {
        await fold.fold(batch);
        await new Promise((r) => setTimeout(r, 5));
      }
    });
    await Promise.all([...writers, ...folds]);
    await fold.fold();
    expect(await disagreement()).toEqual([]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM report_dirty`))[0].n).toBe(0);
  });

  it('counts a deleted person’s enrolments out', async () => {
    const [victim] = await ds.query(`INSERT INTO users (email, display_name, org_unit_id) VALUES ('gone@moes.gov.la', 'ຜູ້ອອກ', $1) RETURNING id`, [units[2]]);
    await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version, completed_at) VALUES ($1, $2, 1, now())`, [victim.id, courses[2]]);
    await fold.fold();
    await ds.query(`DELETE FROM users WHERE id = $1`, [victim.id]);
    await fold.fold();
    expect(await disagreement()).toEqual([]);
  });
});
