import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueName } from '@lms/contracts';
import { createRedis } from '@lms/server-core';
import { PrivateRedis } from '@lms/server-testing';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';
import { answerPlan, createGradingFixture, startAndAnswer, waitFor, type GradingFixture, type Learner } from '../testing/grading-fixture';

/**
 * Submissions made while Redis is stopped are accepted (the submit writes only PostgreSQL: the
 * attempt's status and, in the same transaction, its outbox row) and graded once Redis is back,
 * by the relay that kept the rows while it could not reach BullMQ.
 */
const LEARNERS = 20;

describe('Grading after a Redis outage (real API and worker, real PostgreSQL, a Redis of the test’s own)', () => {
  let redis: PrivateRedis;
  let redisDown = false;
  let api: ApiHarness;
  let worker: INestApplicationContext;
  let ds: DataSource;
  let fixture: GradingFixture;
  const taken: { learner: Learner; attemptId: string }[] = [];
  const prefix = `lane-outage-${randomBytes(4).toString('hex')}`;

  const call = (method: 'GET' | 'POST', url: string, token?: string) => api.request({ method, url: `/api/v1${url}`, token });
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].n;
  const ids = () => taken.map((t) => t.attemptId);

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    api = await startApi({ redisUrl: redis.url, queuePrefix: prefix });
    ds = api.app.get(DataSource);
    fixture = await createGradingFixture(api, LEARNERS);
    worker = await startWorker(api.config);
  }, 60_000);

  afterAll(async () => {
    // BullMQ's close wants Redis; a test that failed mid-outage must not leave the worker hanging.
    try {
      if (redisDown) await redis.up();
      // Bounded, so that the private redis-server below is stopped whatever happened.
      await Promise.race([worker?.close(), new Promise((r) => setTimeout(r, 15_000).unref())]);
      await api?.close();
    } finally {
      await redis?.down();
    }
  }, 30_000);

  it('starts attempts and saves answers while Redis is up', async () => {
    for (const learner of fixture.learners) taken.push({ learner, attemptId: await startAndAnswer(api, fixture, learner) });
    expect(new Set(ids()).size).toBe(LEARNERS);
    // Clear the outbox of everything so far (creating the instructor queued an enrolment-rules job).
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`)) === 0, 'the relay to empty the outbox', 10_000);
  }, 30_000);

  it('accepts every submit with a 202 while Redis is stopped, and a repeated one too', async () => {
    await redis.down();
    redisDown = true;
    const health = await waitFor(
      async () => {
        const res = await call('GET', '/health');
        return res.statusCode === 503 ? res : null;
      },
      'the API to see Redis down',
      10_000,
    );
    expect(health.json()).toEqual({ status: 'degraded', db: 'up', redis: 'down' });

    for (const { learner, attemptId } of taken) {
      const first = await call('POST', `/attempts/${attemptId}/submit`, learner.token);
      expect({ statusCode: first.statusCode, body: first.json() }).toEqual({ statusCode: 202, body: { id: attemptId, status: 'submitted' } });
    }
    const { learner, attemptId } = taken[0];
    const again = await call('POST', `/attempts/${attemptId}/submit`, learner.token);
    expect({ statusCode: again.statusCode, body: again.json() }).toEqual({ statusCode: 202, body: { id: attemptId, status: 'submitted' } });
    const view = await call('GET', `/attempts/${attemptId}`, learner.token);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ id: attemptId, status: 'submitted', score: null });
  }, 30_000);

  it('keeps one undispatched grading request per attempt in the outbox, and grades nothing, while Redis is down', async () => {
    // The worker's relay is running and each submit's NOTIFY woke it; give it time to try.
    await new Promise((r) => setTimeout(r, 2_000));
    const rows: { jobId: string; name: string; payload: unknown }[] = await ds.query(
      `SELECT job_id AS "jobId", name, payload FROM outbox WHERE dispatched_at IS NULL ORDER BY job_id COLLATE "C"`,
    );
    expect(rows).toEqual([...ids()].sort().map((id) => ({ jobId: id, name: 'grading.grade-attempt', payload: { attemptId: id } })));
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE name = 'grading.grade-attempt'`)).toBe(LEARNERS);
    expect(await count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE status = 'submitted' AND id = ANY($1::uuid[])`, [ids()])).toBe(LEARNERS);
    expect(await count(`SELECT count(*)::int AS n FROM attempt_gradings`)).toBe(0);
    // The relay noticed the outage, counted its tries and holds no transaction open meanwhile.
    // While Redis is down it backs off up to 15 s between tries, so allow for one whole back-off.
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND (attempts = 0 OR last_error IS NULL)`)) === 0, 'the relay to count its tries', 25_000);
    expect(await count(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`)).toBe(0);
  }, 45_000);

  it('grades every attempt exactly once, with the score its answers earn, after Redis starts again', async () => {
    await redis.up();
    redisDown = false;
    // The relay and BullMQ's workers reconnect (a relay backing off waits at most 15 s between tries).
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE status = 'graded'`)) === LEARNERS, 'every attempt graded', 45_000, 200);

    for (const { learner, attemptId } of taken) {
      const plan = answerPlan(fixture, learner.index);
      const view = (await call('GET', `/attempts/${attemptId}`, learner.token)).json();
      expect({ attemptId, status: view.status, score: view.score, maxScore: view.maxScore, passed: view.passed }).toEqual({
        attemptId,
        status: 'graded',
        score: plan.score,
        maxScore: 10,
        passed: plan.passed,
      });
    }
    const gradings: { attemptId: string; round: number; cause: string }[] = await ds.query(`SELECT attempt_id AS "attemptId", round, cause FROM attempt_gradings ORDER BY attempt_id`);
    expect(gradings).toEqual([...ids()].sort().map((attemptId) => ({ attemptId, round: 1, cause: 'submitted' })));

    const passes = taken.filter((t) => answerPlan(fixture, t.learner.index).passed).length;
    expect(passes).toBeGreaterThan(0);
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM item_completions`)) === passes, 'the passed attempts to complete the quiz item', 10_000);
    await waitFor(async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`)) === 0, 'the outbox to empty', 10_000);

    const connection: Redis = createRedis(redis.url, 'producer');
    const grading = new Queue(QueueName.Grading, { connection, prefix });
    try {
      expect((await grading.getJobCounts('failed')).failed).toBe(0);
    } finally {
      await grading.close();
      connection.disconnect();
    }
    const health = await waitFor(async () => {
      const res = await call('GET', '/health');
      return res.statusCode === 200 ? res : null;
    }, 'the API to see Redis up', 10_000);
    expect(health.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  }, 60_000);
});
