import { DataSource } from 'typeorm';
import { COMPETENCE_AREAS, type SkillsCoverage, type SkillsRow } from '@lms/contracts';
import type { OrgUnit } from '@lms/server-org';
import { RollupFold } from '@lms/server-reports';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * GET /reports/skills against generated data: for a unit and each child, the share of active
 * staff holding a completed course in each competence area equals a brute-force count made here,
 * holders add up from children to parent, progress follows the targets admins set, and scope
 * holds (real API and PostgreSQL).
 */
describe('Skills coverage (real API and PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let ministry: OrgUnit;
  let departments: OrgUnit[];
  let other: OrgUnit;
  const tokens: Record<string, string> = {};

  const get = (token: string, url: string) => api.request({ method: 'GET', url: `/api/v1${url}`, token });
  const put = (token: string, url: string, payload: object) => api.request({ method: 'PUT', url: `/api/v1${url}`, token, payload });

  /** Counted one person at a time from the tables. */
  async function bruteForce(unitId: string): Promise<Omit<SkillsRow, 'name' | 'orgUnitId'>> {
    const units: { id: string; parent_id: string | null }[] = await ds.query(`SELECT id, parent_id FROM org_units`);
    const inSubtree = (id: string | null): boolean => id !== null && (id === unitId || inSubtree(units.find((u) => u.id === id)!.parent_id));
    const people: { id: string; org_unit_id: string; status: string }[] = await ds.query(`SELECT id, org_unit_id, status FROM users`);
    const staff = people.filter((p) => p.status === 'active' && inSubtree(p.org_unit_id));
    const done: { user_id: string; competences: { area: string }[] }[] = await ds.query(
      `SELECT e.user_id, v.competences FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
       WHERE e.completed_at IS NOT NULL`,
    );
    const targets: { area: string; target: number }[] = await ds.query(`SELECT area, target_share::float8 AS target FROM skills_targets`);
    return {
      learners: staff.length,
      areas: COMPETENCE_AREAS.map((area) => {
        const holders = staff.filter((p) => done.some((d) => d.user_id === p.id && d.competences.some((c) => c.area === area))).length;
        const share = staff.length ? holders / staff.length : 0;
        const target = targets.find((t) => t.area === area)!.target;
        return { area, holders, share, target, progress: Math.min(1, share / target) };
      }),
    };
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    ministry = await api.unit('MOIC', null, 'ministry');
    departments = [await api.unit('MOIC-A', ministry, 'department'), await api.unit('MOIC-B', ministry, 'department')];
    const division = await api.unit('MOIC-A-1', departments[0], 'division');
    other = await api.unit('MOH', null, 'ministry');
    const placed = [ministry, ...departments, division, other];
    await api.user('hr@moic.gov.la', ministry, ['hr_manager']);
    await api.user('hr@moh.gov.la', other, ['hr_manager']);
    await api.user('admin@mtc.gov.la', other, ['admin']);
    const learner = await api.user('learner@moic.gov.la', division);
    for (const [name, email] of Object.entries({ hr: 'hr@moic.gov.la', otherHr: 'hr@moh.gov.la', admin: 'admin@mtc.gov.la', learner: 'learner@moic.gov.la' })) {
      tokens[name] = (await api.login(email)).accessToken;
    }
    await ds.query(
      `INSERT INTO users (email, display_name, org_unit_id, status)
       SELECT 'p' || g || '@gov.la', 'ພະນັກງານ ' || g, ($1::uuid[])[1 + g % array_length($1::uuid[], 1)], CASE WHEN g % 13 = 0 THEN 'disabled' ELSE 'active' END
       FROM generate_series(1, 400) g`,
      [placed.map((u) => u.id)],
    );
    // Courses naming one area, two areas, or none; people completing some of them, some twice in one area.
    const areas = [['safety'], ['safety', 'information-data-literacy'], ['communication-collaboration'], []];
    for (const [i, names] of areas.entries()) {
      const [{ id }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ($1, 'lo', $2, 'published', 1) RETURNING id`, [`c${i}`, learner.id]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level, competences) VALUES ($1, 1, 'x', 'cybersecurity', 'beginner', $2)`, [
        id,
        JSON.stringify(names.map((area) => ({ area, level: 'foundation' }))),
      ]);
    }
    await ds.query(
      `INSERT INTO enrolments (user_id, course_id, course_version, started_at, completed_at)
       SELECT u.id, c.id, 1, now(), CASE WHEN (u.n + c.k) % 3 = 0 THEN now() END
       FROM (SELECT id, row_number() OVER (ORDER BY email) AS n FROM users WHERE email LIKE 'p%') u
       JOIN (SELECT id, row_number() OVER (ORDER BY slug) AS k FROM courses) c ON (u.n * c.k) % 4 <> 1`,
    );
    await api.app.get(RollupFold).fold();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('matches a brute-force count for the unit and each child, and the children’s holders add up to the unit’s', async () => {
    const res = await get(tokens.hr, `/reports/skills?orgUnitId=${ministry.id}`);
    expect(res.statusCode).toBe(200);
    const body: SkillsCoverage = res.json();
    expect(body.unit).toEqual({ orgUnitId: ministry.id, name: ministry.nameLo, ...(await bruteForce(ministry.id)) });
    expect(body.children.map((c) => c.orgUnitId).sort()).toEqual(departments.map((d) => d.id).sort());
    for (const child of body.children) expect(child).toEqual({ orgUnitId: child.orgUnitId, name: expect.any(String), ...(await bruteForce(child.orgUnitId)) });
    const safety = body.unit.areas.find((a) => a.area === 'safety')!;
    expect(safety.holders).toBeGreaterThan(0);
    expect(body.unit.areas.find((a) => a.area === 'problem-solving')!.holders).toBe(0);
    const [own] = await ds.query(`SELECT count(*)::int AS n FROM users WHERE org_unit_id = $1 AND status = 'active'`, [ministry.id]);
    expect(body.children.reduce((n, c) => n + c.learners, 0) + own.n).toBe(body.unit.learners);
    for (const [i, area] of COMPETENCE_AREAS.entries()) {
      const [ownHolders] = await ds.query(
        `SELECT count(DISTINCT u.id)::int AS n FROM users u JOIN enrolments e ON e.user_id = u.id AND e.completed_at IS NOT NULL
         JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.course_id = c.id AND v.version = c.published_version
         WHERE u.org_unit_id = $1 AND u.status = 'active' AND v.competences @> jsonb_build_array(jsonb_build_object('area', $2::text))`,
        [ministry.id, area],
      );
      expect(body.children.reduce((n, c) => n + c.areas[i].holders, 0) + ownHolders.n).toBe(body.unit.areas[i].holders);
    }
  });

  it('measures progress against the targets an admin sets, and records who set them', async () => {
    expect((await get(tokens.hr, '/reports/skills/targets')).json().map((t: { targetShare: number }) => t.targetShare)).toEqual([0.7, 0.7, 0.7, 0.7, 0.7]);
    expect((await put(tokens.hr, '/reports/skills/targets', { targets: [{ area: 'safety', targetShare: 0.9 }] })).statusCode).toBe(403);
    const res = await put(tokens.admin, '/reports/skills/targets', { targets: [{ area: 'safety', targetShare: 0.25 }, { area: 'problem-solving', targetShare: 0.5 }] });
    expect(res.statusCode).toBe(200);
    expect(res.json().find((t: { area: string }) => t.area === 'safety').targetShare).toBe(0.25);
    const body: SkillsCoverage = (await get(tokens.hr, `/reports/skills?orgUnitId=${ministry.id}`)).json();
    const safety = body.unit.areas.find((a) => a.area === 'safety')!;
    expect(safety.target).toBe(0.25);
    expect(safety.progress).toBe(Math.min(1, safety.share / 0.25));
    expect(body.unit).toEqual({ orgUnitId: ministry.id, name: ministry.nameLo, ...(await bruteForce(ministry.id)) });
    const [audit] = await ds.query(`SELECT action, details FROM audit_log WHERE action = 'report.skills-targets.updated'`);
    expect(audit.details.targets).toEqual([{ area: 'safety', targetShare: 0.25 }, { area: 'problem-solving', targetShare: 0.5 }]);
  });

  it('refuses targets it cannot use, saying why, and changes none', async () => {
    for (const [targets, says] of [
      [[{ area: 'safety', targetShare: 0 }], 'targetShare'],
      [[{ area: 'safety', targetShare: 1.5 }], 'targetShare'],
      [[{ area: 'cooking', targetShare: 0.5 }], 'area'],
      [[{ area: 'safety', targetShare: 0.5 }, { area: 'safety', targetShare: 0.6 }], 'each area once'],
      [[], 'targets'],
    ] as const) {
      const res = await put(tokens.admin, '/reports/skills/targets', { targets });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(says);
    }
    const [{ share }] = await ds.query(`SELECT target_share::float8 AS share FROM skills_targets WHERE area = 'safety'`);
    expect(share).toBe(0.25);
  });

  it('keeps HR managers to their part of the tree and learners out', async () => {
    expect((await get(tokens.hr, `/reports/skills?orgUnitId=${departments[0].id}`)).statusCode).toBe(200);
    expect((await get(tokens.hr, `/reports/skills?orgUnitId=${other.id}`)).statusCode).toBe(404);
    expect((await get(tokens.otherHr, `/reports/skills?orgUnitId=${ministry.id}`)).statusCode).toBe(404);
    expect((await get(tokens.learner, `/reports/skills?orgUnitId=${ministry.id}`)).statusCode).toBe(403);
    expect((await get(tokens.learner, '/reports/skills/targets')).statusCode).toBe(403);
    expect((await get(tokens.admin, `/reports/skills?orgUnitId=${ministry.id}`)).statusCode).toBe(200);
  });
});
