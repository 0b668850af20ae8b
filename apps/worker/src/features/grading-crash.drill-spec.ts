import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { QueueName } from '@lms/contracts';
import { createRedis } from '@lms/server-core';
import { freePort, TEST_REDIS_URL } from '@lms/server-testing';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { answerPlan, createGradingFixture, inParallel, startAndAnswer, submit, waitFor, type GradingFixture, type Via } from '../testing/grading-fixture';

/**
 * A kill -9 of the built worker in the middle of grading 2,000 attempts, then a restart: every
 * attempt is graded exactly once. What makes it hold: the outbox row is written with the submit;
 * the relay marks rows dispatched only after BullMQ took them, so a crash re-sends rather than
 * loses; BullMQ moves the jobs the dead worker held back to waiting once their locks expire (its
 * stalled-job check); and grading is idempotent (the attempt_gradings row, unique per attempt and
 * cause, is written in the transaction that stores the scores), so a job that runs twice grades once.
 */
const LEARNERS = 2_000;
const WORKER_MAIN = join(__dirname, '..', '..', '..', '..', 'dist', 'server', 'apps', 'worker', 'src', 'main.js');

interface RunningWorker {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output: () => string;
}

describe('Grading survives a kill -9 of the worker (built worker, real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let fixture: GradingFixture;
  let queueConnection: Redis;
  let grading: Queue;
  const prefix = `lane-crash-${randomBytes(4).toString('hex')}`;
  const scratch = mkdtempSync(join(tmpdir(), 'lane-crash-'));
  /** attempt id → learner index */
  const attempts = new Map<string, number>();
  const workers: RunningWorker[] = [];
  let restarted: RunningWorker;

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].n;
  const gradedCount = () => count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE status = 'graded'`);

  const spawnWorker = async (): Promise<RunningWorker> => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: api.config.databaseUrl,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_HEALTH_PORT: String(await freePort()),
      JWT_ACCESS_SECRET: api.config.jwt.accessSecret,
      LOG_LEVEL: 'warn',
      // Mail stays inside this test: the dev sink on a port of its own, writing to a scratch directory.
      MAIL_SINK_PORT: String(await freePort()),
      MAIL_SINK_DIR: join(scratch, 'mail'),
      STORAGE_DIR: join(scratch, 'storage'),
      LANE_SECRETS_FILE: join(scratch, 'secrets.json'),
    };
    delete env.SMTP_URL;
    delete env.S3_BUCKET;
    const child = spawn(process.execPath, [WORKER_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const worker = { child, exited, output: () => output };
    workers.push(worker);
    return worker;
  };

  /** Fails with what the worker printed if it dies while we wait for it. */
  const whileAlive = async <T>(worker: RunningWorker, wait: Promise<T>): Promise<T> =>
    Promise.race([
      wait,
      worker.exited.then(({ code, signal }) => {
        throw new Error(`the worker exited (code ${code}, signal ${signal}) while it should be running:\n${worker.output()}`);
      }),
    ]);

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) {
      throw new Error(
        `${WORKER_MAIN} is missing. This suite runs the BUILT worker: run it through \`npm test\` (which builds first), ` +
          `or build the server with \`node -e "import('./scripts/lib/run.mjs').then(m => m.buildServer())"\` before running jest directly.`,
      );
    }
    api = await startApi({ queuePrefix: prefix });
    ds = api.app.get(DataSource);
    fixture = await createGradingFixture(api, LEARNERS);
    queueConnection = createRedis(TEST_REDIS_URL, 'producer');
    queueConnection.on('error', () => undefined);
    grading = new Queue(QueueName.Grading, { connection: queueConnection, prefix });
    grading.on('error', () => undefined);
  }, 60_000);

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await grading?.close();
    if (queueConnection) {
      // Every queue the worker used, under this test's own prefix in the shared Redis.
      for (let cursor = '0'; ; ) {
        const [next, keys] = await queueConnection.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        if (keys.length) await queueConnection.del(...keys);
        if ((cursor = next) === '0') break;
      }
      queueConnection.disconnect();
    }
    await api?.close();
    rmSync(scratch, { recursive: true, force: true });
  }, 30_000);

  it('takes 2,000 submissions with no worker running, each waiting in the outbox', async () => {
    // One learner in 50 goes through HTTP with their bearer token; the rest call the service the controller calls.
    const via = (index: number): Via => (index % 50 === 0 ? 'http' : 'service');
    const submitted = await inParallel(fixture.learners, 8, async (learner) => {
      const attemptId = await startAndAnswer(api, fixture, learner, via(learner.index));
      attempts.set(attemptId, learner.index);
      return submit(api, learner, attemptId, via(learner.index));
    });
    expect(attempts.size).toBe(LEARNERS);
    expect(submitted.filter((s) => s.status !== 'submitted' || !attempts.has(s.id))).toEqual([]);

    expect(await count(`SELECT count(*)::int AS n FROM quiz_attempts WHERE status = 'submitted'`)).toBe(LEARNERS);
    const pending: { name: string; n: number }[] = await ds.query(`SELECT name, count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL GROUP BY name`);
    expect(pending.filter((p) => p.name !== 'enrolments.apply-rules-for-users')).toEqual([{ name: 'grading.grade-attempt', n: LEARNERS }]);
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE name = 'grading.grade-attempt' AND job_id::uuid = ANY($1::uuid[])`, [[...attempts.keys()]])).toBe(LEARNERS);
    // The plan covers both outcomes, so the completions below say something.
    const passes = fixture.learners.filter((l) => answerPlan(fixture, l.index).passed).length;
    expect(passes).toBeGreaterThan(LEARNERS / 5);
    expect(passes).toBeLessThan((LEARNERS * 4) / 5);
  }, 90_000);

  it('a worker killed with SIGKILL in the middle of grading leaves part of the work done', async () => {
    const first = await spawnWorker();
    // Poll often: grading runs hundreds of attempts a second, and the kill must land mid-way.
    await whileAlive(first, waitFor(async () => (await gradedCount()) >= LEARNERS * 0.2, 'the first worker to grade a fifth of the attempts', 30_000, 20));
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const graded = await gradedCount();
    expect(graded).toBeGreaterThanOrEqual(LEARNERS * 0.1);
    expect(graded).toBeLessThanOrEqual(LEARNERS * 0.7);
    // Jobs were in flight (active, held by the dead worker) or still waiting when it died.
    const counts = await grading.getJobCounts('active', 'waiting');
    expect(counts.active + counts.waiting).toBeGreaterThan(0);
  }, 45_000);

  it('a restarted worker finishes the work: every attempt graded exactly once, with the score its answers earn', async () => {
    const expected = new Map([...attempts].map(([id, index]) => [id, answerPlan(fixture, index)]));
    const expectedPasses = [...expected.values()].filter((p) => p.passed).length;

    restarted = await spawnWorker();
    // The jobs the dead worker held stay "active" until BullMQ's stalled check finds their locks
    // expired: with its defaults (30 s locks, a check every 30 s) that is 30 to 60 s after the kill,
    // most of this test's time.
    await whileAlive(
      restarted,
      waitFor(
        async () => {
          if ((await gradedCount()) < LEARNERS) return false;
          if ((await count(`SELECT count(*)::int AS n FROM item_completions`)) < expectedPasses) return false;
          if ((await count(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`)) > 0) return false;
          const c = await grading.getJobCounts('active', 'waiting', 'prioritized');
          return c.active + c.waiting + c.prioritized === 0;
        },
        'the restarted worker to grade every attempt',
        120_000,
        250,
      ),
    );

    const rows: { id: string; status: string; score: number; passed: boolean }[] = await ds.query(`SELECT id, status, score::float8 AS score, passed FROM quiz_attempts`);
    expect(rows).toHaveLength(LEARNERS);
    const wrong = rows.filter((r) => {
      const plan = expected.get(r.id)!;
      return r.status !== 'graded' || r.score !== plan.score || r.passed !== plan.passed;
    });
    expect(wrong.slice(0, 5).map((r) => ({ ...r, expected: expected.get(r.id) }))).toEqual([]);

    // Graded exactly once: one grading row per attempt, each with the attempt's score.
    expect(await ds.query(`SELECT attempt_id, count(*)::int AS n FROM attempt_gradings GROUP BY 1 HAVING count(*) <> 1`)).toEqual([]);
    expect(await count(`SELECT count(*)::int AS n FROM attempt_gradings WHERE cause = 'submitted' AND round = 1`)).toBe(LEARNERS);
    expect(
      await count(`SELECT count(*)::int AS n FROM attempt_gradings g JOIN quiz_attempts a ON a.id = g.attempt_id WHERE g.score IS DISTINCT FROM a.score`),
    ).toBe(0);

    // A passed attempt completes the quiz item once; the course has only that item, so it completes the course.
    expect(await count(`SELECT count(*)::int AS n FROM item_completions WHERE item_id = $1`, [fixture.quizId])).toBe(expectedPasses);
    expect(await count(`SELECT count(*)::int AS n FROM item_completions`)).toBe(expectedPasses);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM item_completions ic JOIN enrolments e ON e.id = ic.enrolment_id
         WHERE NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.enrolment_id = e.id AND a.passed)`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM enrolment_completions`)).toBe(expectedPasses);

    // Nothing stays in the outbox, and BullMQ failed nothing. The gradings' consequences (certificates,
    // learning records) go on writing rows after the last grading, so the outbox is waited for to drain.
    await whileAlive(restarted, waitFor(async () => (await count(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`)) === 0, 'the outbox to drain', 60_000, 250));
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE name = 'grading.grade-attempt'`)).toBe(LEARNERS);
    expect((await grading.getJobCounts('failed')).failed).toBe(0);
  }, 150_000);

  it('the restarted worker stops cleanly on SIGTERM', async () => {
    expect(restarted.child.exitCode).toBeNull();
    restarted.child.kill('SIGTERM');
    const { code } = await restarted.exited;
    if (code !== 0) throw new Error(`the worker exited with ${code}:\n${restarted.output()}`);
    expect(code).toBe(0);
  }, 30_000);
});
