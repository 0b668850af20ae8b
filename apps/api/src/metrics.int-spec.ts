import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '@lms/contracts';
import { metricSample as sample, TEST_REDIS_URL } from '@lms/server-testing';
import { startApi, type ApiHarness } from './testing/api-harness';

const requestCount = (text: string, method: string, route: string, status: number) =>
  sample(text, `http_request_duration_seconds_count{method="${method}",route="${route}",status_code="${status}"}`);

describe('GET /metrics on the API (real API, PostgreSQL and Redis)', () => {
  describe('without a token, outside production', () => {
    let api: ApiHarness;
    let connection: Redis;
    let grading: Queue;

    beforeAll(async () => {
      // The built web app beside the API, so that its catch-all route is there to swallow /metrics if it could.
      const webDistDir = mkdtempSync(join(tmpdir(), 'lane-metrics-web-'));
      writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><title>Lane</title>');
      api = await startApi({ webDistDir });
      connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
      grading = new Queue(QueueName.Grading, { connection, prefix: api.config.queuePrefix });
    });
    afterAll(async () => {
      await grading.obliterate({ force: true });
      await grading.close();
      connection.disconnect();
      await api.close();
    });

    const scrape = async () => {
      const res = await api.request({ method: 'GET', url: '/metrics' });
      expect(res.statusCode).toBe(200);
      return res;
    };

    it('answers the text format, not the web app, outside /api/v1', async () => {
      const res = await scrape();
      expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
      expect(res.body).toMatch(/^process_cpu_user_seconds_total \d/m);
      expect(res.body).toContain('# TYPE http_request_duration_seconds histogram');
      expect((await api.request({ method: 'GET', url: '/api/v1/metrics' })).statusCode).toBe(404);
    });

    it('times requests by route pattern and status, never by raw URL', async () => {
      const unit = await api.unit('MTC');
      await api.user('noy@mtc.gov.la', unit);
      const token = (await api.login('noy@mtc.gov.la')).accessToken;
      const missing = [randomUUID(), randomUUID()];
      for (const id of missing) expect((await api.request({ method: 'GET', url: `/api/v1/courses/${id}`, token })).statusCode).toBe(404);
      expect((await api.request({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
      expect((await api.request({ method: 'GET', url: '/api/v1/courses' })).statusCode).toBe(401);
      expect((await api.request({ method: 'POST', url: `/no/such/${missing[0]}` })).statusCode).toBe(404);
      expect((await api.request({ method: 'GET', url: '/courses/anything/the-learner-typed' })).headers['content-type']).toContain('text/html');

      const text = (await scrape()).body;
      expect(requestCount(text, 'GET', '/api/v1/courses/:id', 404)).toBe(2);
      expect(requestCount(text, 'GET', '/api/v1/health', 200)).toBe(1);
      expect(requestCount(text, 'GET', '/api/v1/courses', 401)).toBe(1);
      expect(requestCount(text, 'POST', 'unmatched', 404)).toBe(1);
      expect(requestCount(text, 'GET', '/*', 200)).toBe(1);
      expect(requestCount(text, 'GET', '/metrics', 200)).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'http_request_duration_seconds_sum{method="GET",route="/api/v1/courses/:id",status_code="404"}')).toBeGreaterThan(0);
      for (const id of missing) expect(text).not.toContain(id);
      expect(text).not.toContain('the-learner-typed');
    });

    it('reports the depth of every queue from Redis at scrape time', async () => {
      const before = (await scrape()).body;
      for (const queue of Object.values(QueueName)) expect(sample(before, `lane_queue_jobs{queue="${queue}",state="waiting"}`)).toBe(0);

      // No worker runs here, so the jobs stay where they were put.
      await grading.add('grading.grade-attempt', { attemptId: 'a' }, { jobId: 'grading.metrics-1' });
      await grading.add('grading.grade-attempt', { attemptId: 'b' }, { jobId: 'grading.metrics-2' });
      await grading.add('grading.grade-attempt', { attemptId: 'c' }, { jobId: 'grading.metrics-3', delay: 3_600_000 });
      const after = (await scrape()).body;
      expect(sample(after, 'lane_queue_jobs{queue="grading",state="waiting"}')).toBe(2);
      expect(sample(after, 'lane_queue_jobs{queue="grading",state="delayed"}')).toBe(1);
      expect(sample(after, 'lane_queue_jobs{queue="grading",state="active"}')).toBe(0);
      expect(sample(after, 'lane_queue_jobs{queue="grading",state="failed"}')).toBe(0);
      expect(sample(after, 'lane_queue_jobs{queue="reports",state="waiting"}')).toBe(0);
    });
  });

  describe('with METRICS_TOKEN set', () => {
    const token = 'pQ3vL8sX1mZ6tR9wK2yB5nC7dF0gH4jA';
    let api: ApiHarness;

    beforeAll(async () => {
      api = await startApi({ metrics: { mode: 'token', token } });
    });
    afterAll(() => api.close());

    it('answers 401 with a Bearer challenge without the token or with another', async () => {
      for (const authorization of [undefined, 'Bearer not-the-token', `Basic ${token}`]) {
        const res = await api.request({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} });
        expect(res.statusCode).toBe(401);
        expect(res.headers['www-authenticate']).toBe('Bearer realm="metrics"');
        expect(res.json()).toMatchObject({ statusCode: 401, details: [{ code: 'metrics.unauthorized' }] });
        expect(res.body).not.toContain('process_cpu');
      }
    });

    it('answers the figures to the bearer of the token, the refusals among them', async () => {
      const res = await api.request({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(res.statusCode).toBe(200);
      expect(requestCount(res.body, 'GET', '/metrics', 401)).toBe(3);
      expect(res.body).toContain('lane_queue_jobs{queue="grading",state="waiting"} 0');
    });
  });
});
