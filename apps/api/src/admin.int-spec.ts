import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueName, type AuditEntry, type FailedJobView, type HolderCertificate, type Page, type QueueCounts } from '@lms/contracts';
import { TEST_REDIS_URL } from '@lms/server-testing';
import type { OrgUnit } from '@lms/server-org';
import { startApi, type ApiHarness } from './testing/api-harness';

/**
 * The admin-only endpoints behind /staff/admin: the audit log, the BullMQ queues (counts, failed
 * jobs, retry) and a person's certificates, against the real API, PostgreSQL and Redis.
 */
describe('Admin endpoints (real API, PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let unit: OrgUnit;
  const tokens: Record<'admin' | 'hr' | 'learner', string> = { admin: '', hr: '', learner: '' };
  const ids: Record<'admin' | 'learner', string> = { admin: '', learner: '' };

  const get = (token: string, url: string) => api.request({ method: 'GET', url: `/api/v1${url}`, token });
  const post = (token: string, url: string, payload?: object) => api.request({ method: 'POST', url: `/api/v1${url}`, token, ...(payload ? { payload } : {}) });
  const code = (res: { json(): { details?: { code?: string }[] } }) => res.json().details?.[0]?.code;

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    unit = await api.unit('MTC');
    ids.admin = (await api.user('admin@mtc.gov.la', unit, ['admin'], { displayName: 'ແອັດມິນ' })).id;
    await api.user('hr@mtc.gov.la', unit, ['hr_manager']);
    ids.learner = (await api.user('noy@mtc.gov.la', unit)).id;
    tokens.admin = (await api.login('admin@mtc.gov.la')).accessToken;
    tokens.hr = (await api.login('hr@mtc.gov.la')).accessToken;
    tokens.learner = (await api.login('noy@mtc.gov.la')).accessToken;
  });
  afterAll(() => api.close());

  describe('GET /audit-log', () => {
    beforeAll(async () => {
      // Two rows written by the features themselves, three placed at known times.
      expect((await post(tokens.admin, '/org-units', { code: 'MTC-DIG', name: { lo: 'ກົມດິຈິຕອນ', en: 'Digital Department' }, parentId: unit.id })).statusCode).toBe(201);
      expect((await api.request({ method: 'PUT', url: '/api/v1/reports/skills/targets', token: tokens.admin, payload: { targets: [{ area: 'safety', targetShare: 0.5 }] } })).statusCode).toBe(200);
      await ds.query(
        `INSERT INTO audit_log (actor_id, action, details, at) VALUES
           ($1, 'test.old', '{"n":1}', '2024-01-10T00:00:00Z'), ($1, 'test.old', '{"n":2}', '2024-01-20T00:00:00Z'), (NULL, 'test.old', '{"n":3}', '2024-02-01T00:00:00Z')`,
        [ids.learner],
      );
    });

    it('answers admins only: 401 signed out, 403 for HR managers and learners', async () => {
      expect((await api.request({ method: 'GET', url: '/api/v1/audit-log' })).statusCode).toBe(401);
      expect((await get(tokens.hr, '/audit-log')).statusCode).toBe(403);
      expect((await get(tokens.learner, '/audit-log')).statusCode).toBe(403);
      expect((await get(tokens.learner, '/audit-log/actions')).statusCode).toBe(403);
    });

    it('lists newest first, with the actor’s name, paged', async () => {
      const res = await get(tokens.admin, '/audit-log?pageSize=2');
      expect(res.statusCode).toBe(200);
      const page: Page<AuditEntry> = res.json();
      expect(page).toMatchObject({ total: 5, page: 1, pageSize: 2 });
      expect(page.items.map((e) => e.action)).toEqual(['report.skills-targets.updated', 'org.unit.created']);
      expect(page.items[1]).toMatchObject({ actorId: ids.admin, actorName: 'ແອັດມິນ', details: { code: 'MTC-DIG' } });
      expect(typeof page.items[1].id).toBe('string');
      const last: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?pageSize=2&page=3')).json();
      expect(last.items.map((e) => e.details)).toEqual([{ n: 1 }]);
      expect(last.items[0]).toMatchObject({ at: '2024-01-10T00:00:00.000Z', actorId: ids.learner });
      const beyond: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?pageSize=2&page=9')).json();
      expect(beyond).toMatchObject({ items: [], total: 5, page: 9 });
    });

    it('filters by action, actor and time (from inclusive, to exclusive)', async () => {
      const byAction: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?action=org.unit.created')).json();
      expect(byAction.items.map((e) => e.action)).toEqual(['org.unit.created']);
      const byActor: Page<AuditEntry> = (await get(tokens.admin, `/audit-log?actorId=${ids.learner}`)).json();
      expect(byActor.items.map((e) => e.details)).toEqual([{ n: 2 }, { n: 1 }]);
      const range: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?from=2024-01-20T00:00:00Z&to=2024-02-01T00:00:00Z')).json();
      expect(range).toMatchObject({ total: 1, items: [{ details: { n: 2 } }] });
      const none: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?action=nothing.here')).json();
      expect(none).toMatchObject({ items: [], total: 0 });
    });

    it('refuses bad filters with 400 naming the field, and a reversed range with its code', async () => {
      const bad = await get(tokens.admin, '/audit-log?pageSize=101&actorId=nope&from=yesterday&action=DROP%20TABLE');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().details.map((d: { field: string }) => d.field).sort()).toEqual(['action', 'actorId', 'from', 'pageSize']);
      const unknown = await get(tokens.admin, '/audit-log?who=me');
      expect(unknown.statusCode).toBe(400);
      const reversed = await get(tokens.admin, '/audit-log?from=2024-02-01T00:00:00Z&to=2024-01-01T00:00:00Z');
      expect(reversed.statusCode).toBe(400);
      expect(code(reversed)).toBe('audit.range-reversed');
    });

    it('lists the actions the log holds, for the filter', async () => {
      const res = await get(tokens.admin, '/audit-log/actions');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(['org.unit.created', 'report.skills-targets.updated', 'test.old']);
    });
  });

  describe('/system/queues', () => {
    let connection: Redis;
    let queue: Queue;
    let failedId: string;

    beforeAll(async () => {
      // A job that fails once and for all, in the API's own queue prefix; the worker is closed before any retry.
      connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
      queue = new Queue(QueueName.Grading, { connection, prefix: api.config.queuePrefix });
      const job = await queue.add('grading.grade-attempt', { attemptId: 'secret-personal-data' }, { jobId: 'grading.test-1', attempts: 1 });
      failedId = job.id!;
      const workerConnection = connection.duplicate();
      const worker = new Worker(
        QueueName.Grading,
        async () => {
          throw new Error('boom: the answer key is missing');
        },
        { connection: workerConnection, prefix: api.config.queuePrefix },
      );
      await new Promise<void>((resolve) => worker.on('failed', () => resolve()));
      await worker.close();
      workerConnection.disconnect();
      await queue.add('grading.grade-attempt', { attemptId: 'waiting' }, { jobId: 'grading.test-2' });
    });
    afterAll(async () => {
      await queue.obliterate({ force: true });
      await queue.close();
      connection.disconnect();
    });

    it('answers admins only', async () => {
      expect((await get(tokens.hr, '/system/queues')).statusCode).toBe(403);
      expect((await get(tokens.learner, '/system/queues/grading/failed')).statusCode).toBe(403);
      expect((await post(tokens.hr, `/system/queues/grading/jobs/${failedId}/retry`)).statusCode).toBe(403);
    });

    it('counts every queue the system uses', async () => {
      const res = await get(tokens.admin, '/system/queues');
      expect(res.statusCode).toBe(200);
      const counts: QueueCounts[] = res.json();
      expect(counts.map((c) => c.name)).toEqual(Object.values(QueueName));
      expect(counts.find((c) => c.name === QueueName.Grading)).toEqual({ name: 'grading', waiting: 1, active: 0, delayed: 0, failed: 1, completed: 0 });
      expect(counts.find((c) => c.name === QueueName.System)).toEqual({ name: 'system', waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 });
    });

    it('lists failed jobs without their data, paged', async () => {
      const res = await get(tokens.admin, '/system/queues/grading/failed?pageSize=10');
      expect(res.statusCode).toBe(200);
      const page: Page<FailedJobView> = res.json();
      expect(page).toMatchObject({ total: 1, page: 1, pageSize: 10 });
      expect(page.items).toEqual([
        { id: failedId, name: 'grading.grade-attempt', failedReason: 'boom: the answer key is missing', attemptsMade: 1, timestamp: expect.any(String), finishedOn: expect.any(String) },
      ]);
      expect(res.body).not.toContain('secret-personal-data');
      expect((await get(tokens.admin, '/system/queues/system/failed')).json()).toMatchObject({ items: [], total: 0 });
    });

    it('answers 404 for an unknown queue and 400 for a bad page', async () => {
      const unknown = await get(tokens.admin, '/system/queues/no-such-queue/failed');
      expect(unknown.statusCode).toBe(404);
      expect(code(unknown)).toBe('system.queue-not-found');
      const retryUnknown = await post(tokens.admin, `/system/queues/no-such-queue/jobs/${failedId}/retry`);
      expect(retryUnknown.statusCode).toBe(404);
      expect(code(retryUnknown)).toBe('system.queue-not-found');
      expect((await get(tokens.admin, '/system/queues/grading/failed?pageSize=500')).statusCode).toBe(400);
    });

    it('retries a failed job (204), then refuses it as no longer failed (409), and an unknown job is 404', async () => {
      const missing = await post(tokens.admin, '/system/queues/grading/jobs/no-such-job/retry');
      expect(missing.statusCode).toBe(404);
      expect(code(missing)).toBe('system.job-not-found');
      const waiting = await post(tokens.admin, '/system/queues/grading/jobs/grading.test-2/retry');
      expect(waiting.statusCode).toBe(409);
      expect(code(waiting)).toBe('system.job-not-failed');

      const retried = await post(tokens.admin, `/system/queues/grading/jobs/${encodeURIComponent(failedId)}/retry`);
      expect(retried.statusCode).toBe(204);
      expect(await queue.getJobState(failedId)).toBe('waiting');
      const again = await post(tokens.admin, `/system/queues/grading/jobs/${failedId}/retry`);
      expect(again.statusCode).toBe(409);
      const counts: QueueCounts[] = (await get(tokens.admin, '/system/queues')).json();
      expect(counts.find((c) => c.name === QueueName.Grading)).toMatchObject({ waiting: 2, failed: 0 });
    });
  });

  describe('GET /users/:id/certificates', () => {
    let certificateId: string;

    beforeAll(async () => {
      const [{ id: courseId }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('email-basics', 'lo', $1, 'published', 1) RETURNING id`, [ids.admin]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'ອີເມວ', 'email', 'beginner')`, [courseId]);
      const [{ id: enrolmentId }] = await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version, started_at, completed_at) VALUES ($1, $2, 1, now(), now()) RETURNING id`, [ids.learner, courseId]);
      [{ id: certificateId }] = await ds.query(
        `INSERT INTO certificates (code, enrolment_id, cycle, user_id, course_id, course_version, holder_name, course_title, locale, completed_at, key_id, qr_jws)
         VALUES ('7KQ2-MX9D-4HTA', $1, 1, $2, $3, 1, 'noy', 'ອີເມວ', 'lo', now(), 'k1', 'jws') RETURNING id`,
        [enrolmentId, ids.learner, courseId],
      );
    });

    it('answers admins only, 404 for an unknown person and 400 for an id that is no UUID', async () => {
      expect((await get(tokens.hr, `/users/${ids.learner}/certificates`)).statusCode).toBe(403);
      expect((await get(tokens.learner, `/users/${ids.learner}/certificates`)).statusCode).toBe(403);
      const unknown = await get(tokens.admin, '/users/00000000-0000-4000-8000-000000000000/certificates');
      expect(unknown.statusCode).toBe(404);
      expect(code(unknown)).toBe('certificates.holder-not-found');
      expect((await get(tokens.admin, '/users/nope/certificates')).statusCode).toBe(400);
    });

    it('lists a person’s certificates, revoked ones with when and why', async () => {
      expect((await get(tokens.admin, `/users/${ids.admin}/certificates`)).json()).toEqual([]);
      const before: HolderCertificate[] = (await get(tokens.admin, `/users/${ids.learner}/certificates`)).json();
      expect(before).toEqual([{ id: certificateId, code: '7KQ2-MX9D-4HTA', courseId: expect.any(String), courseTitle: 'ອີເມວ', issuedAt: expect.any(String), revokedAt: null, revocationReason: null }]);

      expect((await post(tokens.admin, `/certificates/${certificateId}/revoke`, { reason: 'x' })).statusCode).toBe(400);
      expect((await post(tokens.admin, `/certificates/${certificateId}/revoke`, { reason: 'Issued in error' })).statusCode).toBe(200);
      const twice = await post(tokens.admin, `/certificates/${certificateId}/revoke`, { reason: 'Again' });
      expect(twice.statusCode).toBe(409);
      expect(code(twice)).toBe('certificates.already-revoked');

      const after: HolderCertificate[] = (await get(tokens.admin, `/users/${ids.learner}/certificates`)).json();
      expect(after[0]).toMatchObject({ id: certificateId, revokedAt: expect.any(String), revocationReason: 'Issued in error' });
      // Audited with the revocation, once, and listed for the admin.
      const audit: Page<AuditEntry> = (await get(tokens.admin, '/audit-log?action=certificate.revoked')).json();
      expect(audit.items).toEqual([expect.objectContaining({ action: 'certificate.revoked', actorId: ids.admin, subjectId: certificateId, details: expect.objectContaining({ code: '7KQ2-MX9D-4HTA', reason: 'Issued in error' }) })]);
    });
  });
});
