import { DataSource } from 'typeorm';
import type { ReportSummary, SummaryRow } from '@lms/contracts';
import type { OrgUnit } from '@lms/server-org';
import { RollupFold } from '@lms/server-reports';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * GET /reports/summary against generated data: each figure equals a brute-force count made here
 * from the raw rows, children add up to their parent (with the parent's own staff), and HR
 * managers see their own part of the tree only (real PostgreSQL).
 */
describe('HR summary (real API and PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let ministry: OrgUnit;
  let departments: OrgUnit[];
  let other: OrgUnit;
  let courses: string[];
  let assignment: string;
  const tokens: Record<string, string> = {};
  const now = new Date();

  const summary = (token: string, query = '') => api.request({ method: 'GET', url: `/api/v1/reports/summary${query}`, token });

  interface Filter {
    courseId?: string;
    category?: string;
    assignmentId?: string;
    from?: string;
    to?: string;
  }
  const vientianeDay = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

  /** The same figures, counted one row at a time in JavaScript from the tables. */
  async function bruteForce(unitId: string, filter: Filter): Promise<Omit<SummaryRow, 'name' | 'orgUnitId'>> {
    const units: { id: string; parent_id: string | null }[] = await ds.query(`SELECT id, parent_id FROM org_units`);
    const inSubtree = (id: string | null): boolean => id !== null && (id === unitId || inSubtree(units.find((u) => u.id === id)!.parent_id));
    const users: { id: string; org_unit_id: string; status: string }[] = await ds.query(`SELECT id, org_unit_id, status FROM users`);
    const mine = new Set(users.filter((u) => u.status === 'active' && inSubtree(u.org_unit_id)).map((u) => u.id));
    const enrolments: {
      user_id: string;
      course_id: string;
      category: string;
      assignment_id: string | null;
      enrolled_at: Date;
      completed_at: Date | null;
      started_at: Date | null;
      due_at: Date | null;
    }[] = await ds.query(
      `SELECT e.user_id, e.course_id, v.category, e.assignment_id, e.enrolled_at, e.completed_at, e.started_at, e.due_at
       FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version`,
    );
    const counted = enrolments.filter(
      (e) =>
        mine.has(e.user_id) &&
        (!filter.courseId || e.course_id === filter.courseId) &&
        (!filter.category || e.category === filter.category) &&
        (!filter.assignmentId || e.assignment_id === filter.assignmentId) &&
        (!filter.from || vientianeDay(e.enrolled_at) >= filter.from) &&
        (!filter.to || vientianeDay(e.enrolled_at) <= filter.to),
    );
    const completed = counted.filter((e) => e.completed_at).length;
    return {
      learners: mine.size,
      enrolled: counted.length,
      inProgress: counted.filter((e) => !e.completed_at && e.started_at).length,
      completed,
      overdue: counted.filter((e) => !e.completed_at && e.due_at && new Date(e.due_at) < now).length,
      completionRate: counted.length ? completed / counted.length : 0,
    };
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    ministry = await api.unit('MOF', null, 'ministry');
    departments = [await api.unit('MOF-BUD', ministry, 'department'), await api.unit('MOF-TAX', ministry, 'department')];
    const divisions = [await api.unit('MOF-BUD-1', departments[0], 'division'), await api.unit('MOF-BUD-2', departments[0], 'division'), await api.unit('MOF-TAX-1', departments[1], 'division')];
    other = await api.unit('MOHA', null, 'ministry');
    const placed = [ministry, ...departments, ...divisions, other];
    await api.user('hr@mof.gov.la', ministry, ['hr_manager']);
    await api.user('hr@moha.gov.la', other, ['hr_manager']);
    await api.user('admin@mtc.gov.la', other, ['admin']);
    const learner = await api.user('learner@mof.gov.la', divisions[0]);
    for (const [name, email] of Object.entries({ hr: 'hr@mof.gov.la', otherHr: 'hr@moha.gov.la', admin: 'admin@mtc.gov.la', learner: 'learner@mof.gov.la' })) tokens[name] = (await api.login(email)).accessToken;

    // 600 people spread over every unit (some disabled), two courses, enrolments in every state.
    await ds.query(
      `INSERT INTO users (email, display_name, org_unit_id, status)
       SELECT 'p' || g || '@gov.la', 'ພະນັກງານ ' || g, ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], CASE WHEN g % 17 = 0 THEN 'disabled' ELSE 'active' END
       FROM generate_series(1, 600) g`,
      [placed.map((u) => u.id)],
    );
    courses = [];
    for (const [slug, category] of [['security', 'cybersecurity'], ['email', 'email'], ['phishing', 'cybersecurity']]) {
      const [{ id }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ($1, 'lo', $2, 'published', 1) RETURNING id`, [slug, learner.id]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'x', $2, 'beginner')`, [id, category]);
      courses.push(id);
    }
    [{ id: assignment }] = await ds.query(`INSERT INTO assignments (course_id, org_unit_id, by_org, created_by) VALUES ($1, $2, true, $3) RETURNING id`, [courses[0], ministry.id, learner.id]);
    // Enrolled over the last 60 days, due at every distance from now (some earlier today, some later today).
    await ds.query(
      `INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, enrolled_at, started_at, completed_at, due_at)
       SELECT u.id, c.id, 1, CASE WHEN c.k = 1 AND u.n % 2 = 0 THEN $1::uuid END,
              now() - make_interval(days => ((u.n * 7 + c.k) % 60)::int, hours => (u.n % 24)::int),
              CASE WHEN n % 4 IN (1, 2) THEN now() - interval '3 days' END,
              CASE WHEN n % 4 = 2 THEN now() - interval '1 day' END,
              CASE WHEN n % 5 = 0 THEN now() - interval '2 days' WHEN n % 5 = 1 THEN now() + interval '5 days'
                   WHEN n % 5 = 2 THEN now() - interval '1 minute' WHEN n % 5 = 3 THEN now() + interval '1 minute' END
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE 'p%') u
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) AS k FROM courses) c ON u.n % 5 <> c.k`,
      [assignment],
    );
    await api.app.get(RollupFold).fold();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('matches a brute-force count for the ministry and each child, unfiltered and by course, category, assignment and days enrolled', async () => {
    const day = (daysAgo: number) => vientianeDay(new Date(now.getTime() - daysAgo * 86400_000));
    const filters: Filter[] = [
      {},
      { courseId: courses[0] },
      { category: 'cybersecurity' },
      { assignmentId: assignment },
      { from: day(30) },
      { to: day(10) },
      { from: day(40), to: day(20), category: 'cybersecurity' },
      { from: day(0), to: day(0) },
    ];
    for (const filter of filters) {
      const res = await summary(tokens.hr, `?${new URLSearchParams({ orgUnitId: ministry.id, ...filter })}`);
      expect(res.statusCode).toBe(200);
      const body: ReportSummary = res.json();
      expect(body.unit).toEqual({ orgUnitId: ministry.id, name: ministry.nameLo, ...(await bruteForce(ministry.id, filter)) });
      expect(body.children.map((c) => c.orgUnitId).sort()).toEqual(departments.map((d) => d.id).sort());
      for (const child of body.children) expect(child).toEqual({ orgUnitId: child.orgUnitId, name: expect.any(String), ...(await bruteForce(child.orgUnitId, filter)) });
      if (!filter.from && !filter.to) {
        expect(body.unit.enrolled).toBeGreaterThan(0);
        expect(body.unit.completed).toBeGreaterThan(0);
        expect(body.unit.overdue).toBeGreaterThan(0);
      }
    }
  });

  it('follows changes once they are folded: a completion moves completed, in progress and overdue', async () => {
    const before: ReportSummary = (await summary(tokens.hr)).json();
    const [open] = await ds.query(
      `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id JOIN org_units ou ON ou.id = u.org_unit_id
       WHERE ou.path LIKE $1 || '%' AND u.status = 'active' AND e.completed_at IS NULL AND e.started_at IS NOT NULL AND e.due_at < now() - interval '1 day' LIMIT 1`,
      [ministry.path],
    );
    await ds.query(`UPDATE enrolments SET completed_at = now(), progress_percent = 100 WHERE id = $1`, [open.id]);
    await api.app.get(RollupFold).fold();
    const after: ReportSummary = (await summary(tokens.hr)).json();
    expect(after.unit).toEqual({
      ...before.unit,
      completed: before.unit.completed + 1,
      inProgress: before.unit.inProgress - 1,
      overdue: before.unit.overdue - 1,
      completionRate: (before.unit.completed + 1) / before.unit.enrolled,
    });
    expect(after.unit).toEqual({ orgUnitId: ministry.id, name: ministry.nameLo, ...(await bruteForce(ministry.id, {})) });
  });

  it('refuses filters it cannot read, saying which', async () => {
    for (const [query, field] of [
      ['category=cooking', 'category'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['assignmentId=7', 'assignmentId'],
    ]) {
      const res = await summary(tokens.hr, `?${query}`);
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json())).toContain(field);
    }
    const reversed = await summary(tokens.hr, `?from=2026-12-01&to=2026-11-01`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().details).toEqual([{ code: 'reports.range-reversed' }]);
  });

  it('adds up: the children and the unit’s own staff make the unit', async () => {
    const body: ReportSummary = (await summary(tokens.hr)).json();
    expect(body.unit.orgUnitId).toBe(ministry.id);
    const own: { learners: number; enrolled: number; completed: number }[] = await ds.query(
      `SELECT count(DISTINCT u.id)::int AS learners, count(e.id)::int AS enrolled, count(e.completed_at)::int AS completed
       FROM users u LEFT JOIN enrolments e ON e.user_id = u.id WHERE u.org_unit_id = $1 AND u.status = 'active'`,
      [ministry.id],
    );
    for (const key of ['learners', 'enrolled', 'completed'] as const) {
      expect(body.children.reduce((sum, c) => sum + c[key], 0) + own[0][key]).toBe(body.unit[key]);
    }
  });

  it('keeps HR managers to their part of the tree and learners out', async () => {
    expect((await summary(tokens.hr, `?orgUnitId=${departments[1].id}`)).statusCode).toBe(200);
    expect((await summary(tokens.hr, `?orgUnitId=${other.id}`)).statusCode).toBe(404);
    expect((await summary(tokens.otherHr, `?orgUnitId=${ministry.id}`)).statusCode).toBe(404);
    expect((await summary(tokens.otherHr, `?orgUnitId=${departments[0].id}`)).statusCode).toBe(404);
    expect((await summary(tokens.learner, `?orgUnitId=${ministry.id}`)).statusCode).toBe(403);
    expect((await summary(tokens.admin, `?orgUnitId=${ministry.id}`)).statusCode).toBe(200);
    expect((await summary(tokens.admin, `?orgUnitId=00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    expect((await summary(tokens.hr, `?orgUnitId=not-a-uuid`)).statusCode).toBe(400);
  });
});
