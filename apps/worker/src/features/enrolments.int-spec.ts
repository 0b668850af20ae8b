import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EnrolmentsRepository } from '@lms/server-enrolments';
import type { OrgUnit } from '@lms/server-org';
// Enrolments span both processes: the API writes rules and progress, the worker applies rules to
// people who join later and turns completions into events.
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';

const DAY = 86_400_000;

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('Enrolments, assignments and progress (real API, worker, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let mof: OrgUnit;
  let budget: OrgUnit;
  let mtc: OrgUnit;
  const tokens: Record<string, string> = {};
  let courseId: string;
  let lessonIds: string[];

  const call = (method: 'GET' | 'POST' | 'DELETE' | 'PATCH', url: string, token: string, payload?: object) =>
    api.request({ method, url: `/api/v1${url}`, token, payload });

  async function publishedCourse(title: string, lessons: number): Promise<{ id: string; lessonIds: string[] }> {
    const id = (await call('POST', '/courses', tokens.instructor, { title, summary: 'x', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
    const moduleId = (await call('POST', `/courses/${id}/modules`, tokens.instructor, { title: 'ພາກທີ 1' })).json().id;
    const ids: string[] = [];
    for (let i = 1; i <= lessons; i++) ids.push((await call('POST', `/modules/${moduleId}/lessons`, tokens.instructor, { title: `ບົດທີ ${i}`, markdown: `ເນື້ອໃນ ${i}` })).json().id);
    expect((await call('POST', `/courses/${id}/publish`, tokens.instructor)).statusCode).toBe(200);
    return { id, lessonIds: ids };
  }

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    mtc = await api.unit('MTC');
    mof = await api.unit('MOF');
    budget = await api.unit('MOF-BUD', mof);
    await api.user('teacher@mtc.gov.la', mtc, ['instructor']);
    await api.user('admin@mtc.gov.la', mtc, ['admin']);
    await api.user('hr@mof.gov.la', mof, ['hr_manager']);
    await api.user('learner@mof.gov.la', budget, [], { position: 'Budget officer' });
    await api.user('clerk@mof.gov.la', budget, [], { position: 'Clerk' });
    await api.user('learner@mtc.gov.la', mtc);
    for (const [name, email] of Object.entries({ instructor: 'teacher@mtc.gov.la', admin: 'admin@mtc.gov.la', hr: 'hr@mof.gov.la', learner: 'learner@mof.gov.la', clerk: 'clerk@mof.gov.la', outsider: 'learner@mtc.gov.la' })) {
      tokens[name] = (await api.login(email)).accessToken;
    }
    ({ id: courseId, lessonIds } = await publishedCourse('ຄວາມປອດໄພທາງໄຊເບີ', 2));
    worker = await startWorker(api.config);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('self-enrols in a published course once (201, then 200), and never in a draft', async () => {
    const first = await call('POST', `/courses/${courseId}/enrol`, tokens.outsider);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ status: 'not_started', progressPercent: 0, dueAt: null, completedAt: null, certificateId: null, mandatory: false, course: { id: courseId } });
    const again = await call('POST', `/courses/${courseId}/enrol`, tokens.outsider);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(first.json().id);
    const draft = (await call('POST', '/courses', tokens.instructor, { title: 'Draft', summary: '', category: 'ai', locale: 'en', level: 'beginner' })).json().id;
    expect((await call('POST', `/courses/${draft}/enrol`, tokens.outsider)).statusCode).toBe(404);
  });

  it('counts lessons done towards progress, idempotently, and completes the course with an event', async () => {
    expect((await call('POST', `/lessons/${lessonIds[0]}/complete`, tokens.clerk)).statusCode).toBe(409);
    const half = await call('POST', `/lessons/${lessonIds[0]}/complete`, tokens.outsider);
    expect(half.statusCode).toBe(201);
    expect(half.json()).toMatchObject({ status: 'in_progress', progressPercent: 50 });
    expect((await call('POST', `/lessons/${lessonIds[0]}/complete`, tokens.outsider)).json().progressPercent).toBe(50);
    const page = (await call('GET', `/courses/${courseId}`, tokens.outsider)).json();
    expect(page.enrolment).toMatchObject({ status: 'in_progress', progressPercent: 50, completedItemIds: [lessonIds[0]] });
    expect(page.modules[0].items.map((i: { completed: boolean }) => i.completed)).toEqual([true, false]);

    const done = (await call('POST', `/lessons/${lessonIds[1]}/complete`, tokens.outsider)).json();
    expect(done).toMatchObject({ status: 'completed', progressPercent: 100, completedAt: expect.any(String) });
    const notes = await eventually(
      () => ds.query(`SELECT kind FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'learner@mtc.gov.la'`),
      (rows: unknown[]) => rows.length > 0,
      'the course-completed event',
    );
    expect(notes).toEqual([{ kind: 'course_completed' }]);
    expect((await call('POST', `/lessons/${lessonIds[1]}/complete`, tokens.outsider)).json().completedAt).toBe(done.completedAt);
    expect((await call('POST', `/lessons/00000000-0000-4000-8000-000000000000/complete`, tokens.outsider)).statusCode).toBe(404);
  });

  it('lets HR assign inside their subtree only, and learners not at all', async () => {
    const dueAt = new Date(Date.now() + 30 * DAY).toISOString();
    expect((await call('POST', '/assignments', tokens.learner, { courseId, orgUnitId: budget.id, dueAt })).statusCode).toBe(403);
    expect((await call('POST', '/assignments', tokens.hr, { courseId, orgUnitId: mtc.id, dueAt })).statusCode).toBe(404);
    const outsiderId = (await ds.query(`SELECT id FROM users WHERE email = 'learner@mtc.gov.la'`))[0].id;
    expect((await call('POST', '/assignments', tokens.hr, { courseId, userIds: [outsiderId], dueAt })).statusCode).toBe(404);
    expect((await call('POST', '/assignments', tokens.hr, { courseId })).statusCode).toBe(400);
    expect((await call('POST', '/assignments', tokens.hr, { courseId, orgUnitId: budget.id, dueAt: 'tomorrow' })).statusCode).toBe(400);
    const past = await call('POST', '/assignments', tokens.hr, { courseId, orgUnitId: budget.id, dueAt: new Date(Date.now() - DAY).toISOString() });
    expect([past.statusCode, past.json().details]).toEqual([400, [{ code: 'enrolments.due-date-passed' }]]);

    const res = await call('POST', '/assignments', tokens.hr, { courseId, orgUnitId: mof.id, position: 'budget officer', dueAt });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ assigned: 1, alreadyEnrolled: 0, queued: false });
    const mine = (await call('GET', '/me/enrolments', tokens.learner)).json();
    expect(mine).toEqual([expect.objectContaining({ course: expect.objectContaining({ id: courseId }), dueAt, mandatory: true, status: 'not_started' })]);
    expect(await call('GET', '/me/enrolments', tokens.clerk).then((r) => r.json())).toEqual([]);
    const again = await call('POST', '/assignments', tokens.hr, { courseId, orgUnitId: budget.id, dueAt });
    expect(again.json()).toMatchObject({ assigned: 1, alreadyEnrolled: 1 });
    const listed = (await call('GET', '/assignments', tokens.hr)).json();
    expect(listed.total).toBe(2);
  });

  it('previews whom an assignment would enrol, checked as the assignment is, and writes nothing', async () => {
    const fresh = await publishedCourse('ຕົວຢ່າງ', 1);
    const dueAt = new Date(Date.now() + 30 * DAY).toISOString();
    const rules = async () => (await ds.query(`SELECT count(*)::int AS n FROM assignments`))[0].n;
    const before = await rules();
    const preview = (body: object) => call('POST', '/assignments/preview', tokens.hr, body);
    const unit = await preview({ courseId: fresh.id, orgUnitId: budget.id, dueAt });
    expect([unit.statusCode, unit.json()]).toEqual([200, { matched: 2, alreadyEnrolled: 0, willEnrol: 2 }]);
    expect((await preview({ courseId: courseId, orgUnitId: budget.id, dueAt })).json()).toEqual({ matched: 2, alreadyEnrolled: 2, willEnrol: 0 });
    expect((await preview({ courseId: fresh.id, position: 'CLERK', dueInDays: 7 })).json()).toEqual({ matched: 1, alreadyEnrolled: 0, willEnrol: 1 });
    expect((await preview({ courseId: fresh.id, orgUnitId: mtc.id, dueAt })).statusCode).toBe(404);
    expect((await preview({ courseId: fresh.id })).statusCode).toBe(400);
    expect((await call('POST', '/assignments/preview', tokens.learner, { courseId: fresh.id, orgUnitId: budget.id })).statusCode).toBe(403);
    expect(await rules()).toBe(before);
    expect((await ds.query(`SELECT count(*)::int AS n FROM enrolments WHERE course_id = $1`, [fresh.id]))[0].n).toBe(0);
    // What it said is what the assignment then does.
    const made = (await call('POST', '/assignments', tokens.hr, { courseId: fresh.id, orgUnitId: budget.id, dueAt })).json();
    expect(made).toMatchObject({ assigned: 2, alreadyEnrolled: 0 });
    expect((await call('DELETE', `/assignments/${made.assignmentId}`, tokens.hr)).statusCode).toBe(204);
  });

  it('lists for HR only the rules “end” accepts: a unit in scope, or their own', async () => {
    // An admin whose home is inside the HR manager's subtree names someone outside it.
    await api.user('deputy@mof.gov.la', budget, ['admin']);
    const deputy = (await api.login('deputy@mof.gov.la')).accessToken;
    const outsiderId = (await ds.query(`SELECT id FROM users WHERE email = 'learner@mtc.gov.la'`))[0].id;
    const dueAt = new Date(Date.now() + 30 * DAY).toISOString();
    const hidden = (await call('POST', '/assignments', deputy, { courseId, userIds: [outsiderId], dueAt })).json().assignmentId;
    const shown = (await call('POST', '/assignments', deputy, { courseId, orgUnitId: budget.id, dueAt })).json().assignmentId;
    const ids = (await call('GET', '/assignments?pageSize=100', tokens.hr)).json().items.map((a: { id: string }) => a.id);
    expect(ids).toContain(shown);
    expect(ids).not.toContain(hidden);
    expect((await call('DELETE', `/assignments/${hidden}`, tokens.hr)).statusCode).toBe(404);
    expect((await call('GET', '/assignments?pageSize=100', tokens.admin)).json().items.map((a: { id: string }) => a.id)).toContain(hidden);
    for (const id of [hidden, shown]) expect((await call('DELETE', `/assignments/${id}`, deputy)).statusCode).toBe(204);
  });

  it('enrols a user created after an assignment in its unit, through the worker', async () => {
    const other = await publishedCourse('ອີເມວ', 1);
    await call('POST', '/assignments', tokens.admin, { courseId: other.id, orgUnitId: budget.id, dueInDays: 14 });
    const created = await call('POST', '/users', tokens.hr, { email: 'newcomer@mof.gov.la', displayName: 'ສົມພອນ', orgUnitId: budget.id, locale: 'lo' });
    expect(created.statusCode).toBe(201);
    // Both rules that cover the budget department reach the newcomer, through whichever job runs first.
    const rows: { dueAt: string; courseId: string }[] = await eventually(
      () =>
        ds.query(`SELECT e.due_at AS "dueAt", e.course_id AS "courseId" FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email = 'newcomer@mof.gov.la' ORDER BY (e.course_id = $1) DESC`, [other.id]),
      (r: unknown[]) => r.length === 2,
      'the newcomer’s enrolments',
    );
    expect(rows.map((r) => r.courseId).sort()).toEqual([other.id, courseId].sort());
    expect(new Date(rows[0].dueAt).getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    const notified = await ds.query(
      `SELECT kind, params->>'courseId' AS "courseId" FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'newcomer@mof.gov.la' ORDER BY 2`,
    );
    expect(notified).toEqual(expect.arrayContaining([{ kind: 'course_assigned', courseId: other.id }, { kind: 'course_assigned', courseId }]));
    expect(notified).toHaveLength(2);
  });

  it('sorts my learning with overdue courses first, then by due date; overdue is derived, not stored', async () => {
    const soon = await publishedCourse('ຂໍ້ມູນ', 1);
    const later = await publishedCourse('AI', 1);
    const late = await publishedCourse('ນະໂຍບາຍ', 1);
    const learnerId = (await ds.query(`SELECT id FROM users WHERE email = 'clerk@mof.gov.la'`))[0].id;
    for (const [c, days] of [[later, 20], [soon, 5], [late, 3]] as const) {
      await call('POST', '/assignments', tokens.hr, { courseId: c.id, userIds: [learnerId], dueAt: new Date(Date.now() + days * DAY).toISOString() });
    }
    // Time passes for one of them: its due date is now behind us.
    await ds.query(`UPDATE enrolments SET due_at = now() - interval '1 day' WHERE course_id = $1`, [late.id]);
    const ours = new Set([soon.id, later.id, late.id]);
    const mine = (await call('GET', '/me/enrolments', tokens.clerk)).json().filter((e: { course: { id: string } }) => ours.has(e.course.id));
    expect(mine.map((e: { course: { id: string }; overdue: boolean }) => [e.course.id, e.overdue])).toEqual([
      [late.id, true],
      [soon.id, false],
      [later.id, false],
    ]);
  });

  it('re-opens a recurring assignment when the completion lapses, keeping the earlier completion', async () => {
    const yearly = await publishedCourse('ທົບທວນປະຈຳປີ', 1);
    const learnerId = (await ds.query(`SELECT id FROM users WHERE email = 'learner@mof.gov.la'`))[0].id;
    await call('POST', '/assignments', tokens.hr, { courseId: yearly.id, userIds: [learnerId], dueAt: new Date(Date.now() + 10 * DAY).toISOString(), recurrenceMonths: 12 });
    const completed = (await call('POST', `/lessons/${yearly.lessonIds[0]}/complete`, tokens.learner)).json();
    expect(completed).toMatchObject({ status: 'completed', cycle: 1, expiresAt: expect.any(String) });
    expect(new Date(completed.expiresAt).getTime() - new Date(completed.completedAt).getTime()).toBeGreaterThan(360 * DAY);

    const repo = worker.get(EnrolmentsRepository);
    expect(await repo.reopenExpired(new Date(Date.now() + 200 * DAY))).toEqual({ reopened: 0 });
    expect(await repo.reopenExpired(new Date(Date.now() + 400 * DAY))).toEqual({ reopened: 1 });
    const reopened = (await call('GET', '/me/enrolments', tokens.learner)).json().find((e: { course: { id: string } }) => e.course.id === yearly.id);
    expect(reopened).toMatchObject({ status: 'not_started', cycle: 2, progressPercent: 0, completedAt: null, history: [{ cycle: 1, completedAt: completed.completedAt }] });
    const again = (await call('POST', `/lessons/${yearly.lessonIds[0]}/complete`, tokens.learner)).json();
    expect(again).toMatchObject({ status: 'completed', cycle: 2 });
    const cycles = await ds.query(`SELECT cycle FROM enrolment_completions WHERE enrolment_id = $1 ORDER BY cycle`, [again.id]);
    expect(cycles).toEqual([{ cycle: 1 }, { cycle: 2 }]);
  });

  it('shows HR a person’s enrolments and sends them one reminder a day about an unfinished course', async () => {
    const [learner] = await ds.query(`SELECT id FROM users WHERE email = 'clerk@mof.gov.la'`);
    const [outsider] = await ds.query(`SELECT id FROM users WHERE email = 'learner@mtc.gov.la'`);
    const listed = await call('GET', `/users/${learner.id}/enrolments`, tokens.hr);
    expect(listed.statusCode).toBe(200);
    const open = listed.json().find((e: { course: { id: string } }) => e.course.id === courseId);
    expect(open).toMatchObject({ mandatory: true, completedAt: null });
    expect((await call('GET', `/users/${outsider.id}/enrolments`, tokens.hr)).statusCode).toBe(404);
    expect((await call('GET', `/users/${learner.id}/enrolments`, tokens.learner)).statusCode).toBe(403);

    const remind = (userId: string, body: object, token = tokens.hr) => call('POST', `/users/${userId}/reminders`, token, body);
    expect((await remind(learner.id, { courseId })).statusCode).toBe(204);
    const sent = await ds.query(`SELECT kind, params->>'courseId' AS "courseId", params->>'sentBy' IS NOT NULL AS "fromHr" FROM notifications WHERE user_id = $1 AND dedupe_key LIKE 'reminder.%'`, [learner.id]);
    expect(sent).toEqual([{ kind: open.dueAt ? 'due_soon' : 'course_assigned', courseId, fromHr: true }]);
    const twice = await remind(learner.id, { courseId });
    expect([twice.statusCode, twice.json().details[0]?.code]).toEqual([409, 'enrolments.reminded-today']);
    expect((await remind(outsider.id, { courseId })).statusCode).toBe(404);
    const other = await publishedCourse('ບໍ່ໄດ້ລົງທະບຽນ', 1);
    expect((await remind(learner.id, { courseId: other.id })).json().details[0]?.code).toBe('enrolments.not-enrolled');
    expect((await remind(learner.id, { courseId: 'nope' })).statusCode).toBe(400);
    // The learner reads it among their notifications.
    const clerk = (await api.login('clerk@mof.gov.la')).accessToken;
    expect((await call('GET', '/me/notifications', clerk)).json().items).toEqual(expect.arrayContaining([expect.objectContaining({ courseId, kind: sent[0].kind })]));
  });
});
