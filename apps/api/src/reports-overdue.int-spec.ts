import { DataSource } from 'typeorm';
import type { OverdueRow, Page, ReportSummary } from '@lms/contracts';
import type { User } from '@lms/server-identity';
import type { OrgUnit } from '@lms/server-org';
import { RollupFold } from '@lms/server-reports';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * GET /reports/overdue against real PostgreSQL: who in a unit's subtree is past a due date, oldest
 * due first and paged; completed, not yet due, undated and disabled people's enrolments left out;
 * the summary's filters; the same total as the summary's overdue figure; HR managers kept to their
 * own part of the tree.
 */
describe('HR overdue list (real API and PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let ministry: OrgUnit;
  let departments: OrgUnit[];
  let division: OrgUnit;
  let other: OrgUnit;
  let courses: { security: string; email: string };
  let assignment: string;
  const people: Record<string, User> = {};
  const tokens: Record<string, string> = {};
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  const overdue = (token: string, query: Record<string, string> = {}) => api.request({ method: 'GET', url: `/api/v1/reports/overdue?${new URLSearchParams(query)}`, token });
  const names = (page: Page<OverdueRow>) => page.items.map((r) => r.displayName);

  async function enrol(person: User, courseId: string, dueAt: Date | null, extra: { completedAt?: Date; assignmentId?: string; enrolledAt?: Date; progress?: number } = {}) {
    await ds.query(
      `INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, enrolled_at, due_at, completed_at, progress_percent)
       VALUES ($1, $2, 1, $3, $4, $5, $6, $7)`,
      [person.id, courseId, extra.assignmentId ?? null, extra.enrolledAt ?? ago(60 * 24 * 20), dueAt, extra.completedAt ?? null, extra.progress ?? 0],
    );
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    ministry = await api.unit('MOF', null, 'ministry');
    departments = [await api.unit('MOF-BUD', ministry, 'department'), await api.unit('MOF-TAX', ministry, 'department')];
    division = await api.unit('MOF-BUD-1', departments[0], 'division');
    other = await api.unit('MOHA', null, 'ministry');
    await api.user('hr@mof.gov.la', ministry, ['hr_manager']);
    await api.user('hr-en@mof.gov.la', ministry, ['hr_manager'], { locale: 'en' });
    await api.user('hr@moha.gov.la', other, ['hr_manager']);
    await api.user('admin@mtc.gov.la', other, ['admin']);
    const learner = await api.user('learner@mof.gov.la', division);
    for (const [name, email] of Object.entries({ hr: 'hr@mof.gov.la', hrEn: 'hr-en@mof.gov.la', otherHr: 'hr@moha.gov.la', admin: 'admin@mtc.gov.la', learner: 'learner@mof.gov.la' })) {
      tokens[name] = (await api.login(email)).accessToken;
    }

    const course = async (slug: string, title: string, category: string, locale: 'lo' | 'en') => {
      const [{ id }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ($1, $2, $3, 'published', 1) RETURNING id`, [slug, locale, learner.id]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, $2, $3, 'beginner')`, [id, title, category]);
      return id as string;
    };
    courses = { security: await course('security', 'ຄວາມປອດໄພທາງໄຊເບີ', 'cybersecurity', 'lo'), email: await course('email', 'Email at work', 'email', 'en') };
    [{ id: assignment }] = await ds.query(`INSERT INTO assignments (course_id, org_unit_id, by_org, created_by) VALUES ($1, $2, true, $3) RETURNING id`, [courses.security, ministry.id, learner.id]);

    const person = async (key: string, unit: OrgUnit, displayName: string, status: 'active' | 'disabled' = 'active') => {
      people[key] = await api.user(`${key}@mof.gov.la`, unit, ['learner'], { displayName });
      if (status === 'disabled') await ds.query(`UPDATE users SET status = 'disabled' WHERE id = $1`, [people[key].id]);
    };
    await person('oldest', ministry, 'ບຸນມີ');
    await person('middle', division, 'ຄຳແພງ');
    await person('newest', departments[1], 'ສົມພອນ');
    await person('done', division, 'ນາງ ແກ້ວ');
    await person('early', division, 'ທ້າວ ເພັດ');
    await person('undated', departments[0], 'ວັນນາ');
    await person('gone', division, 'ອອກແລ້ວ', 'disabled');
    await person('outsider', other, 'ຄົນນອກ');

    await enrol(people.oldest, courses.email, ago(60 * 24 * 10), { progress: 40 });
    await enrol(people.middle, courses.security, ago(60 * 24 * 3), { assignmentId: assignment, enrolledAt: ago(60 * 24 * 5) });
    await enrol(people.newest, courses.security, ago(1), { assignmentId: assignment });
    await enrol(people.done, courses.security, ago(60 * 24 * 5), { completedAt: ago(60), progress: 100 });
    await enrol(people.early, courses.security, new Date(Date.now() + 60 * 60_000));
    await enrol(people.undated, courses.security, null);
    await enrol(people.gone, courses.security, ago(60 * 24 * 4));
    await enrol(people.outsider, courses.security, ago(60 * 24 * 30));
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the open enrolments past due in the HR manager’s own subtree, oldest due first, with who, where and which course', async () => {
    const res = await overdue(tokens.hr);
    expect(res.statusCode).toBe(200);
    const body: Page<OverdueRow> = res.json();
    expect(body).toMatchObject({ total: 3, page: 1, pageSize: 20 });
    // Completed, not yet due, undated, disabled and outside the subtree are all left out.
    expect(names(body)).toEqual(['ບຸນມີ', 'ຄຳແພງ', 'ສົມພອນ']);
    const [enrolment] = await ds.query(`SELECT id, due_at FROM enrolments WHERE user_id = $1`, [people.oldest.id]);
    expect(body.items[0]).toEqual({
      enrolmentId: enrolment.id,
      userId: people.oldest.id,
      displayName: 'ບຸນມີ',
      email: 'oldest@mof.gov.la',
      orgUnitId: ministry.id,
      orgUnitName: ministry.nameLo,
      courseId: courses.email,
      courseTitle: 'Email at work',
      courseLocale: 'en',
      dueAt: new Date(enrolment.due_at).toISOString(),
      progressPercent: 40,
    });
    expect(body.items[1]).toMatchObject({ userId: people.middle.id, orgUnitId: division.id, orgUnitName: division.nameLo, courseTitle: 'ຄວາມປອດໄພທາງໄຊເບີ', courseLocale: 'lo' });
    const english: Page<OverdueRow> = (await overdue(tokens.hrEn)).json();
    expect(english.items.map((r) => r.orgUnitName)).toEqual([ministry.nameEn, division.nameEn, departments[1].nameEn]);
  });

  it('narrows to a unit’s subtree, and to the summary’s filters', async () => {
    expect(names((await overdue(tokens.hr, { orgUnitId: departments[0].id })).json())).toEqual(['ຄຳແພງ']);
    expect(names((await overdue(tokens.hr, { orgUnitId: departments[1].id })).json())).toEqual(['ສົມພອນ']);
    expect((await overdue(tokens.hr, { orgUnitId: division.id, courseId: courses.email })).json()).toMatchObject({ items: [], total: 0 });
    expect(names((await overdue(tokens.hr, { courseId: courses.email })).json())).toEqual(['ບຸນມີ']);
    expect(names((await overdue(tokens.hr, { category: 'cybersecurity' })).json())).toEqual(['ຄຳແພງ', 'ສົມພອນ']);
    expect(names((await overdue(tokens.hr, { assignmentId: assignment })).json())).toEqual(['ຄຳແພງ', 'ສົມພອນ']);
    const day = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    expect(names((await overdue(tokens.hr, { from: day(ago(60 * 24 * 6)), to: day(ago(60 * 24 * 4)) })).json())).toEqual(['ຄຳແພງ']);
  });

  it('pages, counting them all even past the last page', async () => {
    const first: Page<OverdueRow> = (await overdue(tokens.hr, { page: '1', pageSize: '2' })).json();
    expect({ names: names(first), total: first.total, page: first.page, pageSize: first.pageSize }).toEqual({ names: ['ບຸນມີ', 'ຄຳແພງ'], total: 3, page: 1, pageSize: 2 });
    const second: Page<OverdueRow> = (await overdue(tokens.hr, { page: '2', pageSize: '2' })).json();
    expect({ names: names(second), total: second.total }).toEqual({ names: ['ສົມພອນ'], total: 3 });
    const beyond: Page<OverdueRow> = (await overdue(tokens.hr, { page: '9', pageSize: '2' })).json();
    expect(beyond).toEqual({ items: [], total: 3, page: 9, pageSize: 2 });
  });

  it('counts what the summary counts as overdue', async () => {
    await api.app.get(RollupFold).fold();
    const filters: Record<string, string>[] = [{}, { orgUnitId: departments[0].id }, { category: 'cybersecurity' }, { courseId: courses.email }];
    for (const filter of filters) {
      const summary: ReportSummary = (await api.request({ method: 'GET', url: `/api/v1/reports/summary?${new URLSearchParams(filter)}`, token: tokens.hr })).json();
      expect({ filter, total: (await overdue(tokens.hr, filter)).json().total }).toEqual({ filter, total: summary.unit.overdue });
    }
  });

  it('leaves out an enrolment once it is completed', async () => {
    await ds.query(`UPDATE enrolments SET completed_at = now(), progress_percent = 100 WHERE user_id = $1`, [people.newest.id]);
    expect(names((await overdue(tokens.hr)).json())).toEqual(['ບຸນມີ', 'ຄຳແພງ']);
    await ds.query(`UPDATE enrolments SET completed_at = NULL, progress_percent = 0 WHERE user_id = $1`, [people.newest.id]);
  });

  it('keeps HR managers to their part of the tree, learners out, and admins anywhere', async () => {
    expect((await overdue(tokens.hr, { orgUnitId: other.id })).statusCode).toBe(404);
    expect((await overdue(tokens.otherHr, { orgUnitId: ministry.id })).statusCode).toBe(404);
    expect((await overdue(tokens.otherHr, { orgUnitId: division.id })).statusCode).toBe(404);
    const outside = await overdue(tokens.hr, { orgUnitId: other.id });
    expect(outside.json().details).toEqual([{ code: 'reports.unit-not-found' }]);
    expect(names((await overdue(tokens.otherHr)).json())).toEqual(['ຄົນນອກ']);
    expect((await overdue(tokens.learner)).statusCode).toBe(403);
    expect((await overdue(tokens.learner, { orgUnitId: ministry.id })).statusCode).toBe(403);
    expect((await overdue(tokens.admin, { orgUnitId: ministry.id })).json().total).toBe(3);
    expect((await overdue(tokens.admin, { orgUnitId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await api.request({ method: 'GET', url: '/api/v1/reports/overdue' })).statusCode).toBe(401);
  });

  it('documents its query in the OpenAPI document', async () => {
    const doc = (await api.request({ method: 'GET', url: '/api/docs-json' })).json();
    const parameters: { name: string; in: string }[] = doc.paths['/api/v1/reports/overdue'].get.parameters;
    expect(parameters.filter((p) => p.in === 'query').map((p) => p.name).sort()).toEqual(['assignmentId', 'category', 'courseId', 'from', 'orgUnitId', 'page', 'pageSize', 'to']);
  });

  it('refuses a query it cannot read, saying which field', async () => {
    for (const [query, field] of [
      ['orgUnitId=not-a-uuid', 'orgUnitId'],
      ['courseId=7', 'courseId'],
      ['category=cooking', 'category'],
      ['from=2026-02-30', 'from'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['pageSize=101', 'pageSize'],
      ['sort=name', 'sort'],
    ]) {
      const res = await api.request({ method: 'GET', url: `/api/v1/reports/overdue?${query}`, token: tokens.hr });
      expect({ query, status: res.statusCode }).toEqual({ query, status: 400 });
      expect(JSON.stringify(res.json().details)).toContain(field);
    }
    const reversed = await overdue(tokens.hr, { from: '2026-12-01', to: '2026-11-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().details).toEqual([{ code: 'reports.range-reversed' }]);
  });
});
