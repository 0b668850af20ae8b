import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { XapiClientCredentials } from '@lms/contracts';
import { scormFixtureZip } from '@lms/server-testing';
import { RecordLearningProcessor, validateStatement } from '@lms/server-xapi';
import { multipartFile, startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';

async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

type Statement = { id: string; verb: { id: string }; object: { id: string }; actor: { account: { name: string } }; result?: { success?: boolean; score?: { raw: number; max: number } }; authority: { name: string } };

/**
 * Issue 10: Lane's own learning events (a lesson completed, a SCORM package completed, a quiz
 * attempted and passed, a course completed) appear in its LRS as valid statements, through the outbox and the worker, and can be
 * read by an xAPI client.
 */
describe('Lane’s learning events in its LRS (real API, worker, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    worker = await startWorker(api.config);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it('records a lesson completed, a SCORM item completed, the quiz attempted and passed, and the course completed, as valid statements about the Lane account', async () => {
    const unit = await api.unit('MTC');
    await api.user('teacher@mtc.gov.la', unit, ['instructor']);
    await api.user('admin@mtc.gov.la', unit, ['admin']);
    const learnerId = (await api.user('noy@mtc.gov.la', unit)).id;
    const [teacher, admin, learner] = await Promise.all(['teacher@mtc.gov.la', 'admin@mtc.gov.la', 'noy@mtc.gov.la'].map(async (e) => (await api.login(e)).accessToken));
    const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, payload?: object) => api.request({ method, url: `/api/v1${url}`, token, ...(payload ? { payload } : {}) });

    const courseId = (await call('POST', '/courses', teacher, { title: 'ອີເມວຢ່າງປອດໄພ', summary: 'x', category: 'email', locale: 'lo', level: 'beginner' })).json().id;
    const moduleId = (await call('POST', `/courses/${courseId}/modules`, teacher, { title: 'ພາກທີ 1' })).json().id;
    const lessonId = (await call('POST', `/modules/${moduleId}/lessons`, teacher, { title: 'ບົດທີ 1', markdown: 'ກວດຜູ້ສົ່ງ.' })).json().id;
    const bankId = (await call('POST', '/question-banks', teacher, { title: 'ຄຳຖາມ', courseId })).json().id;
    expect((await call('POST', `/question-banks/${bankId}/questions`, teacher, { type: 'true_false', prompt: 'ກວດຜູ້ສົ່ງທຸກຄັ້ງ.', format: 'plain', correct: true })).statusCode).toBe(201);
    const scormId = (await api.request({ method: 'POST', url: `/api/v1/modules/${moduleId}/scorm`, token: teacher, ...multipartFile(await scormFixtureZip(), 'package.zip') })).json().id;
    const quizId = (await call('POST', `/modules/${moduleId}/quizzes`, teacher, { title: 'ແບບທົດສອບ', questionBankId: bankId, selection: { mode: 'all' }, passPercent: 50 })).json().id;
    expect((await call('POST', `/courses/${courseId}/publish`, teacher)).statusCode).toBe(200);

    expect((await call('POST', `/courses/${courseId}/enrol`, learner)).statusCode).toBe(201);
    expect((await call('POST', `/lessons/${lessonId}/complete`, learner)).statusCode).toBe(201);
    const scormCommit = { cmi: { core: { lesson_status: 'passed', score: { raw: '90', min: '0', max: '100' } }, suspend_data: 'step=done' }, seq: 1, committedAt: new Date().toISOString(), finished: true };
    expect((await call('PUT', `/scorm-items/${scormId}/runtime`, learner, scormCommit)).json()).toMatchObject({ saved: true, completed: true });
    const attempt = (await call('POST', `/quizzes/${quizId}/attempts`, learner)).json();
    expect((await call('PUT', `/attempts/${attempt.id}/responses`, learner, { responses: [{ questionId: attempt.questions[0].id, answer: true }] })).statusCode).toBe(200);
    expect((await call('POST', `/attempts/${attempt.id}/submit`, learner)).statusCode).toBe(202);

    const client: XapiClientCredentials = (await call('POST', '/xapi-clients', admin, { name: 'MOF HR', scopes: ['statements/read'] })).json();
    const read = async () =>
      (
        await api.request({ method: 'GET', url: `/xapi/statements?ascending=true`, headers: { authorization: `Basic ${Buffer.from(`${client.key}:${client.secret}`).toString('base64')}`, 'x-experience-api-version': '1.0.3' } })
      ).json().statements as Statement[];
    const statements = await eventually(read, (s) => s.length >= 5, 'the five statements');

    const verb = (s: Statement) => s.verb.id.split('/').pop();
    const what = (s: Statement) => s.object.id.split('/xapi/activities/')[1];
    expect(statements.map((s) => [verb(s), what(s)]).sort()).toEqual(
      [
        ['attempted', `quizzes/${quizId}`],
        ['completed', `courses/${courseId}`],
        ['completed', `lessons/${lessonId}`],
        ['completed', `scorm-items/${scormId}`],
        ['passed', `quizzes/${quizId}`],
      ].sort(),
    );
    for (const s of statements) {
      expect(validateStatement(s)).toEqual([]);
      expect(s.actor.account.name).toBe(learnerId);
      expect(s.authority.name).toBe('Lane');
    }
    expect(statements.find((s) => verb(s) === 'passed')?.result).toMatchObject({ success: true, score: { raw: 1, max: 1 } });
    expect(statements.find((s) => what(s) === `scorm-items/${scormId}`)?.result).toMatchObject({ success: true, completion: true, score: { raw: 90, max: 100 } });

    // A job that runs again stores nothing new: the statements' ids are fixed by the events.
    const recorder = worker.get(RecordLearningProcessor);
    const enrolmentId = (await ds.query(`SELECT id FROM enrolments WHERE user_id = $1`, [learnerId]))[0].id;
    await recorder.handle({ event: 'attempt-graded', attemptId: attempt.id });
    await recorder.handle({ event: 'course-completed', enrolmentId, cycle: 1 });
    await recorder.handle({ event: 'item-completed', enrolmentId, cycle: 1, itemId: lessonId });
    await recorder.handle({ event: 'item-completed', enrolmentId, cycle: 1, itemId: scormId });
    expect((await ds.query(`SELECT count(*)::int AS n FROM xapi_statements`))[0].n).toBe(5);
  });
});
