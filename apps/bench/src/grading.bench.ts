import type { ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { QueueName } from '@lms/contracts';
import { DEFAULT_JOB_OPTIONS } from '@lms/server-core';
import { median, report, withBenchDatabase } from './harness';
import { HttpClient, pool } from './http-client';
import { clearRedisPrefix, CpuMeter, DIST_SERVER, laneEnv, mintAccessTokens, REDIS_URL, sleep, spawnNode, startApi, startWorker, stopProcess } from './lane-processes';
import { httpDriver, serviceDriver } from './attempt-drivers';
import { createQuizFixture, PASS_PERCENT, plannedAnswers, QUESTIONS, responsesFor } from './quiz-fixture';

const ATTEMPTS = Number(process.env.BENCH_GRADING_ATTEMPTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The concurrency of Lane's JobRunner (apps/worker/src/job-runner.ts), used for the floor too. */
const CONCURRENCY = 10;
const SETUP_CONCURRENCY = 16;
/** How the attempts are started, answered and submitted: through AttemptsService in this process (default, faster), or over HTTP to the API. */
const SETUP = process.env.BENCH_GRADING_SETUP === 'http' ? 'http' : 'services';
const POLL_MS = 100;
const RUN_TIMEOUT_MS = Number(process.env.BENCH_GRADING_TIMEOUT_MS ?? 300_000);
const FLOOR_MAIN = `${DIST_SERVER}/apps/bench/src/grading-floor.worker.js`;

const log = (message: string) => process.stderr.write(`[grading] ${message}\n`);

interface Timing {
  /** From spawning the worker process to the last attempt graded. */
  ms: number;
  /** From spawning to the first attempt graded: process start, boot, relay, first job. */
  firstMs: number;
  /** When the outbox had no pending row any more (Lane only). */
  relayedMs: number | null;
  /** CPU used by the worker process and by PostgreSQL for this database, from spawn to the last attempt graded. */
  cpu: { processMs: number; postgresMs: number } | null;
}

/** How long until the grading queue under `prefix` has nothing waiting or running, in ms. */
async function untilQueueEmpty(prefix: string): Promise<number> {
  const t0 = performance.now();
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const queue = new Queue(QueueName.Grading, { connection, prefix });
  try {
    while ((await queue.getWaitingCount()) + (await queue.getActiveCount()) > 0) {
      if (performance.now() - t0 > RUN_TIMEOUT_MS) throw new Error('the grading queue did not empty');
      await sleep(POLL_MS);
    }
    return performance.now() - t0;
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

/** Polls `count` every 100 ms from the spawn until it reaches `target`. */
async function timeUntil(db: Pool, start: () => Promise<ChildProcess>, count: () => Promise<number>, target: number, pending?: () => Promise<number>): Promise<Timing> {
  const t0 = performance.now();
  const child = await start();
  const meter = new CpuMeter(db, () => child.pid);
  await meter.start();
  let firstMs: number | null = null;
  let relayedMs: number | null = null;
  for (;;) {
    const n = await count();
    const elapsed = performance.now() - t0;
    if (n > 0 && firstMs === null) firstMs = elapsed;
    if (pending && relayedMs === null && (await pending()) === 0) relayedMs = elapsed;
    if (n >= target) return { ms: elapsed, firstMs: firstMs ?? elapsed, relayedMs, cpu: await meter.stop() };
    if (child.exitCode !== null) throw new Error(`the worker exited with ${child.exitCode} after ${n} of ${target}`);
    if (elapsed > RUN_TIMEOUT_MS) throw new Error(`only ${n} of ${target} done after ${RUN_TIMEOUT_MS} ms`);
    await sleep(POLL_MS);
  }
}

const count = async (db: Pool, sql: string) => (await db.query(sql)).rows[0].n as number;

/** Puts every attempt back to 'submitted' with its grading request pending in the outbox, as after the submits. */
async function resetToSubmitted(db: Pool): Promise<void> {
  await db.query(`DELETE FROM attempt_gradings`);
  await db.query(`DELETE FROM item_completions`);
  await db.query(`UPDATE enrolments SET progress_percent = 0 WHERE progress_percent <> 0`);
  await db.query(`UPDATE quiz_attempts SET status = 'submitted', score = NULL, passed = NULL, graded_at = NULL`);
  await db.query(`UPDATE attempt_responses SET score = NULL WHERE score IS NOT NULL`);
  await db.query(`DELETE FROM outbox WHERE name <> 'grading.grade-attempt'`);
  await db.query(`UPDATE outbox SET dispatched_at = NULL, attempts = 0, last_error = NULL`);
}

async function settle(db: Pool): Promise<void> {
  await db.query(`VACUUM ANALYZE`);
  await db.query(`CHECKPOINT`);
}

async function main() {
  await withBenchDatabase('grading', async (url) => {
    const db = new Pool({ connectionString: url, max: 4, application_name: 'lane-bench' });
    const prefixBase = `lane-bench-grading-${Date.now().toString(36)}`;
    const prefixes = [`${prefixBase}-api`];
    const lane = laneEnv(url, prefixes[0]);
    let api: Awaited<ReturnType<typeof startApi>> | null = null;
    let http: HttpClient | null = null;
    try {
      api = await startApi(lane.env);
      http = new HttpClient(api.baseUrl, SETUP_CONCURRENCY);
      const client = http;
      const setupStarted = performance.now();
      const fixture = await createQuizFixture(db, client, lane.env, ATTEMPTS);
      const learners = fixture.learnerIds.map((id) => ({ id, orgUnitId: fixture.orgUnitId, roles: ['learner' as const] }));
      const driver = SETUP === 'http' ? httpDriver(client, fixture.quizId, await mintAccessTokens(lane.env, learners)) : await serviceDriver(lane.env, fixture.quizId, learners);

      // Setup (not timed): every learner starts, answers all 20 and submits, with no worker running.
      const expected = new Map<string, number>();
      const floorJobs: { attemptId: string; answers: unknown[] }[] = [];
      const steps = { start: [] as number[], save: [] as number[], submit: [] as number[] };
      const submitStarted = performance.now();
      await pool(ATTEMPTS, SETUP_CONCURRENCY, async (i) => {
        const plan = plannedAnswers(i);
        let t = performance.now();
        const attempt = await driver.start(i);
        steps.start.push(performance.now() - t);
        const { responses, expected: score } = responsesFor(fixture, attempt, plan);
        t = performance.now();
        await driver.save(i, attempt.id, responses);
        steps.save.push(performance.now() - t);
        t = performance.now();
        await driver.submit(i, attempt.id);
        steps.submit.push(performance.now() - t);
        expected.set(attempt.id, score);
        floorJobs.push({ attemptId: attempt.id, answers: QUESTIONS.map((q, k) => (plan[k] ? q.right : q.wrong)) });
        if ((i + 1) % 2000 === 0) log(`${i + 1} attempts submitted`);
      });
      await driver.close();
      const pendingSql = `SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`;
      const queued = await count(db, `${pendingSql} AND name = 'grading.grade-attempt'`);
      if (queued !== ATTEMPTS) throw new Error(`expected ${ATTEMPTS} grading requests in the outbox, found ${queued}`);
      const setupS = (performance.now() - setupStarted) / 1000;
      const submitS = (performance.now() - submitStarted) / 1000;
      const stepSummary = Object.entries(steps).map(([k, xs]) => `${k} p50 ${median(xs).toFixed(1)} ms`).join(', ');
      log(`setup: ${ATTEMPTS} attempts started, answered and submitted (${SETUP}) in ${submitS.toFixed(0)} s (${setupS.toFixed(0)} s in all; ${SETUP_CONCURRENCY} in flight; ${stepSummary})`);
      await db.query(`CREATE TABLE bench_floor_gradings (attempt_id uuid PRIMARY KEY, score numeric(12, 4) NOT NULL, passed boolean NOT NULL, graded_at timestamptz NOT NULL)`);
      const expectedPassed = [...expected.values()].filter((s) => s * 100 >= PASS_PERCENT * QUESTIONS.length).length;

      const cpuPerJob = (t: Timing) => (t.cpu ? `CPU per attempt: worker ${(t.cpu.processMs / ATTEMPTS).toFixed(2)} ms, PostgreSQL ${(t.cpu.postgresMs / ATTEMPTS).toFixed(2)} ms` : 'CPU not measured');
      const loads: number[] = [];
      const laneRuns: Timing[] = [];
      const drained: number[] = [];
      const floorRuns: Timing[] = [];
      for (let r = 0; r < RUNS; r++) {
        // Floor: a bare BullMQ worker on the same 10,000 jobs, added with addBulk beforehand.
        const floorPrefix = `${prefixBase}-floor${r}`;
        prefixes.push(floorPrefix);
        await db.query(`TRUNCATE bench_floor_gradings`);
        const producer = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
        const queue = new Queue('grading', { connection: producer, prefix: floorPrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
        for (let i = 0; i < floorJobs.length; i += 1000) {
          await queue.addBulk(floorJobs.slice(i, i + 1000).map((data) => ({ name: 'grading.grade-attempt', data, opts: { jobId: data.attemptId } })));
        }
        await queue.close();
        producer.disconnect();
        await settle(db);
        loads.push(loadavg()[0]);
        let floorChild: ChildProcess | null = null;
        const floor = await timeUntil(
          db,
          async () =>
            (floorChild = spawnNode(FLOOR_MAIN, {
              PATH: process.env.PATH,
              DATABASE_URL: url,
              REDIS_URL,
              QUEUE_PREFIX: floorPrefix,
              BENCH_CONCURRENCY: String(CONCURRENCY),
              BENCH_FLOOR_ROUND_TRIPS: process.env.BENCH_FLOOR_ROUND_TRIPS ?? '1',
              BENCH_PASS_PERCENT: String(PASS_PERCENT),
              BENCH_KEY: JSON.stringify(QUESTIONS.map((q) => JSON.stringify(q.right))),
            })),
          () => count(db, `SELECT count(*)::int AS n FROM bench_floor_gradings`),
          ATTEMPTS,
        );
        await stopProcess(floorChild!);
        const floorRows = (await db.query(`SELECT attempt_id AS id, score::float8 AS score FROM bench_floor_gradings`)).rows as { id: string; score: number }[];
        const floorWrong = floorRows.filter((f) => f.score !== expected.get(f.id));
        if (floorRows.length !== ATTEMPTS || floorWrong.length) throw new Error(`the floor scored ${floorWrong.length} of ${floorRows.length} wrongly`);
        floorRuns.push(floor);
        await clearRedisPrefix(floorPrefix);
        log(`run ${r + 1} floor: ${ATTEMPTS} in ${(floor.ms / 1000).toFixed(1)} s = ${((ATTEMPTS * 1000) / floor.ms).toFixed(0)}/s (first after ${floor.firstMs.toFixed(0)} ms; ${cpuPerJob(floor)}; load ${loadavg()[0].toFixed(1)})`);

        // Lane: the real worker process (relay + JobRunner) on the 10,000 outbox rows.
        const lanePrefix = `${prefixBase}-lane${r}`;
        prefixes.push(lanePrefix);
        if (r > 0) await resetToSubmitted(db);
        await settle(db);
        loads.push(loadavg()[0]);
        let worker: ChildProcess | null = null;
        const timing = await timeUntil(
          db,
          async () => (worker = await startWorker({ ...lane.env, QUEUE_PREFIX: lanePrefix })),
          () => count(db, `SELECT count(*)::int AS n FROM attempt_gradings`),
          ATTEMPTS,
          () => count(db, pendingSql),
        );
        // Batches grade attempts ahead of their jobs; those jobs then end at once. Time that too.
        const drainedMs = timing.ms + (await untilQueueEmpty(lanePrefix));
        drained.push(drainedMs);
        await stopProcess(worker!);
        const rows = (await db.query(`SELECT id, status, score::float8 AS score, passed FROM quiz_attempts`)).rows as { id: string; status: string; score: number; passed: boolean }[];
        const wrong = rows.filter((a) => a.status !== 'graded' || a.score !== expected.get(a.id));
        if (rows.length !== ATTEMPTS || wrong.length) throw new Error(`${wrong.length} attempts graded wrongly, e.g. ${JSON.stringify(wrong[0])} (expected ${expected.get(wrong[0]?.id)})`);
        const passed = rows.filter((a) => a.passed).length;
        const completions = await count(db, `SELECT count(*)::int AS n FROM item_completions`);
        if (passed !== expectedPassed || completions !== expectedPassed) throw new Error(`expected ${expectedPassed} passed and completed, found ${passed} passed and ${completions} completions`);
        laneRuns.push(timing);
        await clearRedisPrefix(lanePrefix);
        log(
          `run ${r + 1} Lane: ${ATTEMPTS} in ${(timing.ms / 1000).toFixed(1)} s = ${((ATTEMPTS * 1000) / timing.ms).toFixed(0)}/s (first after ${timing.firstMs.toFixed(0)} ms, outbox empty after ${timing.relayedMs?.toFixed(0)} ms, queue empty after ${drainedMs.toFixed(0)} ms, ${passed} passed; ${cpuPerJob(timing)}; load ${loadavg()[0].toFixed(1)})`,
        );
      }

      const rate = (t: Timing) => (ATTEMPTS * 1000) / t.ms;
      const steady = (t: Timing) => ((ATTEMPTS - 1) * 1000) / (t.ms - t.firstMs);
      const cpuMedian = (runs: Timing[], key: 'processMs' | 'postgresMs') => median(runs.map((t) => (t.cpu ? t.cpu[key] / ATTEMPTS : NaN))).toFixed(2);
      const laneRate = median(laneRuns.map(rate));
      const floorRate = median(floorRuns.map(rate));
      report({
        name: 'grading',
        what: `grading throughput: ${ATTEMPTS.toLocaleString('en')} submitted attempts of ${QUESTIONS.length} questions, outbox → relay → BullMQ → worker (higher is better)`,
        unit: 'attempts/s',
        runs: RUNS,
        lane: laneRate,
        floor: floorRate,
        floorWhat: `bare BullMQ Worker (concurrency ${CONCURRENCY}, own process), jobs addBulk'ed beforehand, ${QUESTIONS.length}-answer comparison + one pg upsert per job`,
        ratio: laneRate / floorRate,
        notes:
          `A throughput, so the ratio is Lane ÷ floor as a fraction of the floor (higher is better; the target is ≥ 0.33), not a time ratio. ` +
          `Both are timed from spawning the worker process to the last attempt graded (polled every ${POLL_MS} ms); Lane's includes Nest boot and relaying the outbox. ` +
          `Lane grades in batches: a job takes its attempt and up to 99 others waiting, so most jobs find their attempt graded and end at once; the grading queue was empty after a median ${median(drained).toFixed(0)} ms ` +
          `(first attempt graded after a median ${median(laneRuns.map((t) => t.firstMs)).toFixed(0)} ms, outbox empty after ${median(laneRuns.map((t) => t.relayedMs ?? t.ms)).toFixed(0)} ms; ` +
          `floor's first after ${median(floorRuns.map((t) => t.firstMs)).toFixed(0)} ms). Steady state, first to last graded: Lane ${median(laneRuns.map(steady)).toFixed(0)}/s, floor ${median(floorRuns.map(steady)).toFixed(0)}/s. ` +
          `Runs interleave floor and Lane; between Lane runs the attempts are reset to submitted with their outbox rows pending, and each run has its own BullMQ prefix. ` +
          `CPU per attempt (medians): Lane's worker ${cpuMedian(laneRuns, 'processMs')} ms + PostgreSQL ${cpuMedian(laneRuns, 'postgresMs')} ms; floor's worker ${cpuMedian(floorRuns, 'processMs')} ms + PostgreSQL ${cpuMedian(floorRuns, 'postgresMs')} ms. ` +
          `${expectedPassed.toLocaleString('en')} of the attempts pass and complete their quiz item (the course has an unread lesson, so no course completes). ` +
          `API (idle), worker, PostgreSQL and Redis share the machine's ${cpus().length} cores (load average ${median(loads).toFixed(1)} at the starts of the runs, other work included). Setup (${SETUP === 'http' ? 'over HTTP' : 'through AttemptsService'}) took ${setupS.toFixed(0)} s.`,
      });
    } finally {
      http?.close();
      await api?.stop();
      lane.cleanup();
      await db.end();
      for (const prefix of prefixes) await clearRedisPrefix(prefix);
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
