import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import { QueueName } from '@lms/contracts';
import { METRICS_REGISTRY } from '@lms/server-core';
import { metricSample as sample, TEST_REDIS_URL } from '@lms/server-testing';
import { startApi, type ApiHarness } from '../../api/src/testing/api-harness';
import { startHealthServer } from './health-server';
import { waitFor } from './testing/grading-fixture';
import { startWorker } from './testing/start-worker';

const TOKEN = 'wK2yB5nC7dF0gH4jApQ3vL8sX1mZ6tR9';

describe("The worker's /metrics (real worker, PostgreSQL and Redis)", () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let server: Server;
  let connection: Redis;
  let system: Queue;
  let metricsUrl: string;

  const scrape = (authorization?: string) => fetch(metricsUrl, { headers: authorization ? { authorization } : {} });
  const scrapeText = async () => (await scrape(`Bearer ${TOKEN}`)).text();

  beforeAll(async () => {
    api = await startApi({ metrics: { mode: 'token', token: TOKEN } });
    worker = await startWorker(api.config);
    server = await startHealthServer(0, { check: async () => ({ ok: true }) }, { registry: worker.get<Registry>(METRICS_REGISTRY), access: api.config.metrics });
    metricsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    system = new Queue(QueueName.System, { connection, prefix: api.config.queuePrefix });
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await worker.close();
    await system.obliterate({ force: true });
    await system.close();
    connection.disconnect();
    await api.close();
  });

  it('refuses a scrape without the token, or with another', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer not-the-token')).status).toBe(401);
  });

  it('times a job that ran, by queue, name and outcome', async () => {
    // A ping of a ping that does not exist changes nothing and completes.
    await system.add('system.ping', { pingId: randomUUID() }, { jobId: `system.ping.${randomUUID()}` });
    const series = 'lane_job_duration_seconds_count{queue="system",name="system.ping",outcome="completed"}';
    const text = await waitFor(async () => {
      const t = await scrapeText();
      return (sample(t, series) ?? 0) >= 1 && t;
    }, 'the completed ping in the metrics', 10_000);
    expect(sample(text, 'lane_job_duration_seconds_sum{queue="system",name="system.ping",outcome="completed"}')).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
  });

  it('counts a job that failed, and times its attempt as failed', async () => {
    // Not a uuid: PostgreSQL refuses the handler's UPDATE, so the job fails, once and for all.
    await system.add('system.ping', { pingId: 'not-a-uuid' }, { jobId: `system.ping.broken-${randomUUID()}`, attempts: 1 });
    const text = await waitFor(async () => {
      const t = await scrapeText();
      return (sample(t, 'lane_jobs_failed_total{queue="system",name="system.ping"}') ?? 0) >= 1 && t;
    }, 'the failed ping in the metrics', 10_000);
    expect(sample(text, 'lane_jobs_failed_total{queue="system",name="system.ping"}')).toBe(1);
    expect(sample(text, 'lane_job_duration_seconds_count{queue="system",name="system.ping",outcome="failed"}')).toBe(1);
  });
});
