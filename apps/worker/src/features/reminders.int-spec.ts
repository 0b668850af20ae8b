import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationsRepository, RemindDueProcessor, SendDigestsProcessor } from '@lms/server-enrolments';
import { MailSink } from '@lms/server-testing';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';

const DAY = 86_400_000;

describe('Due-date reminders and the daily email digest (real API, worker, PostgreSQL, SMTP sink)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let sink: MailSink;
  let ds: DataSource;
  const tokens: Record<string, string> = {};
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, payload });

  beforeAll(async () => {
    sink = await MailSink.start();
    api = await startApi({ mail: { mode: 'smtp', smtpUrl: sink.url, from: 'Lane <no-reply@lane.test>' } });
    ds = api.app.get(DataSource);
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor', 'hr_manager']);
    await api.user('somphone@mtc.gov.la', unit, [], { locale: 'lo', displayName: 'ສົມພອນ' });
    await api.user('anna@mtc.gov.la', unit, [], { locale: 'en', displayName: 'Anna' });
    await api.user('quiet@mtc.gov.la', unit, [], { locale: 'lo' });
    for (const who of ['teacher', 'somphone', 'anna', 'quiet']) tokens[who] = (await api.login(`${who}@mtc.gov.la`)).accessToken;
    expect((await call('PATCH', '/me', tokens.quiet, { emailOptOut: true })).json()).toMatchObject({ emailOptOut: true });

    const course = async (title: string) => {
      const id = (await call('POST', '/courses', tokens.teacher, { title, summary: '', category: 'cybersecurity', locale: 'lo', level: 'beginner' })).json().id;
      const moduleId = (await call('POST', `/courses/${id}/modules`, tokens.teacher, { title: 'ພາກທີ 1' })).json().id;
      await call('POST', `/modules/${moduleId}/lessons`, tokens.teacher, { title: 'ບົດທີ 1', markdown: 'ເນື້ອໃນ' });
      await call('POST', `/courses/${id}/publish`, tokens.teacher);
      return id;
    };
    const soon = await course('ຄວາມປອດໄພທາງໄຊເບີ');
    const late = await course('ອີເມວລັດຖະການ');
    const learners = (await ds.query(`SELECT id FROM users WHERE email <> 'teacher@mtc.gov.la'`)).map((r: { id: string }) => r.id);
    await call('POST', '/assignments', tokens.teacher, { courseId: soon, userIds: learners, dueAt: new Date(Date.now() + 5 * DAY).toISOString() });
    await call('POST', '/assignments', tokens.teacher, { courseId: late, userIds: learners, dueAt: new Date(Date.now() + 20 * DAY).toISOString() });
    await ds.query(`UPDATE enrolments SET due_at = now() - interval '2 days' WHERE course_id = $1`, [late]);
    worker = await startWorker(api.config, { consume: false });
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await sink.stop();
  });

  it('reminds in the app seven days before the due date and when overdue, once each', async () => {
    await worker.get(RemindDueProcessor).handle();
    await worker.get(RemindDueProcessor).handle();
    const mine = (await call('GET', '/me/notifications', tokens.somphone)).json();
    expect(mine.items.map((n: { kind: string }) => n.kind).sort()).toEqual(['course_assigned', 'course_assigned', 'due_soon', 'overdue']);
    expect(mine).toMatchObject({ total: 4, unread: 4 });
    const overdue = mine.items.find((n: { kind: string }) => n.kind === 'overdue');
    expect(overdue).toMatchObject({ courseTitle: 'ອີເມວລັດຖະການ', read: false, dueAt: expect.any(String) });
    expect((await call('POST', `/me/notifications/${overdue.id}/read`, tokens.somphone)).statusCode).toBe(204);
    expect((await call('POST', `/me/notifications/${overdue.id}/read`, tokens.anna)).statusCode).toBe(404);
    expect((await call('GET', '/me/notifications?unread=true', tokens.somphone)).json()).toMatchObject({ total: 3, unread: 3 });
  });

  it('sends each person one email a day in their own language, and none to those who opted out', async () => {
    await worker.get(SendDigestsProcessor).handle();
    const lao = await sink.waitFor((m) => m.to.includes('somphone@mtc.gov.la'), 10_000);
    const english = await sink.waitFor((m) => m.to.includes('anna@mtc.gov.la'), 10_000);
    expect(lao.subject).toBe('Lane: ແຈ້ງເຕືອນກ່ຽວກັບຫຼັກສູດຂອງທ່ານ');
    expect(lao.text).toContain('ສະບາຍດີ ສົມພອນ,');
    expect(lao.text).toContain('ຫຼັກສູດ "ອີເມວລັດຖະການ" ກາຍກຳນົດແລ້ວ');
    expect(english.subject).toBe('Lane: news about your courses');
    expect(english.text).toContain('The course "ຄວາມປອດໄພທາງໄຊເບີ" is due soon');
    expect(sink.messages).toHaveLength(2);

    // More news the same day waits for tomorrow's digest.
    await ds.query(`UPDATE enrolments SET due_at = now() - interval '1 day', cycle = cycle + 1`);
    await worker.get(RemindDueProcessor).handle();
    await worker.get(SendDigestsProcessor).handle();
    expect(sink.messages).toHaveLength(2);
    const repo = worker.get(NotificationsRepository);
    const tomorrow = (await repo.digestRecipients(new Date(Date.now() + DAY), 100)).map((r) => r.email).sort();
    expect(tomorrow).toEqual(['anna@mtc.gov.la', 'somphone@mtc.gov.la']);
  });
});
