import { cpus, loadavg } from 'node:os';
import { Pool } from 'pg';
import { median, report, withBenchDatabase } from './harness';
import { HttpClient, pool } from './http-client';
import { CpuMeter, DIST_SERVER, freePort, laneEnv, mintAccessTokens, percentile, spawnNode, startApi, stopProcess, waitForHttp } from './lane-processes';
import { createQuizFixture } from './quiz-fixture';

const LEARNERS = Number(process.env.BENCH_START_LEARNERS ?? 1000);
const RATE = Number(process.env.BENCH_START_RATE ?? 100);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Open loop, but bounded: beyond this many in flight a due request waits (its wait counts in its latency). */
const MAX_IN_FLIGHT = 128;
const WARMUP = 50;
const FLOOR_MAIN = `${DIST_SERVER}/apps/bench/src/attempt-start-floor.server.js`;

const log = (message: string) => process.stderr.write(`[attempt-start] ${message}\n`);

interface Storm {
  latencies: number[];
  statuses: number[];
  maxInFlight: number;
  /** From the first scheduled send to the last answer. */
  ms: number;
}

/**
 * Sends request i at t0 + i / rate whatever happened to the earlier ones (open loop), at most
 * MAX_IN_FLIGHT at once. Latency is measured from when the request was due, not from when it could
 * be sent, so a backlog shows in the figures instead of hiding.
 */
function storm(client: HttpClient, n: number, rate: number, send: (i: number) => Promise<{ status: number }>): Promise<Storm> {
  const interval = 1000 / rate;
  const latencies: number[] = new Array(n);
  const statuses: number[] = new Array(n);
  const t0 = performance.now() + 10;
  let next = 0;
  let done = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const backlog: number[] = [];
  return new Promise((resolve) => {
    const fire = (i: number) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const due = t0 + i * interval;
      send(i)
        .then(
          (res) => (statuses[i] = res.status),
          () => (statuses[i] = 0),
        )
        .finally(() => {
          latencies[i] = performance.now() - due;
          inFlight--;
          done++;
          const waiting = backlog.shift();
          if (waiting !== undefined) fire(waiting);
          if (done === n) resolve({ latencies, statuses, maxInFlight, ms: performance.now() - t0 });
        });
    };
    const tick = () => {
      const now = performance.now();
      while (next < n && t0 + next * interval <= now) {
        if (inFlight < MAX_IN_FLIGHT) fire(next);
        else backlog.push(next);
        next++;
      }
      if (next < n) setTimeout(tick, Math.max(0, t0 + next * interval - performance.now()));
    };
    tick();
  });
}

interface RunFigures {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  seconds: number;
  maxInFlight: number;
  statuses: Record<string, number>;
  /** CPU per start of the server process and of PostgreSQL, in ms. */
  serverMs: number;
  postgresMs: number;
}

function figures(s: Storm): RunFigures {
  const statuses: Record<string, number> = {};
  for (const code of s.statuses) statuses[code] = (statuses[code] ?? 0) + 1;
  return {
    p50: percentile(s.latencies, 50),
    p95: percentile(s.latencies, 95),
    p99: percentile(s.latencies, 99),
    max: Math.max(...s.latencies),
    errors: s.statuses.filter((c) => c !== 201).length,
    seconds: s.ms / 1000,
    maxInFlight: s.maxInFlight,
    statuses,
    serverMs: NaN,
    postgresMs: NaN,
  };
}

const fmt = (f: RunFigures) =>
  `p50 ${f.p50.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(0)} ms, ${f.errors} errors, ${f.seconds.toFixed(1)} s, ≤ ${f.maxInFlight} in flight; ` +
  `CPU per start: server ${f.serverMs.toFixed(2)} ms, PostgreSQL ${f.postgresMs.toFixed(2)} ms; load ${loadavg()[0].toFixed(1)}`;

async function main() {
  await withBenchDatabase('attempt_start', async (url) => {
    const db = new Pool({ connectionString: url, max: 4, application_name: 'lane-bench' });
    const lane = laneEnv(url, `lane-bench-start-${Date.now().toString(36)}`);
    let api: Awaited<ReturnType<typeof startApi>> | null = null;
    let floorChild: ReturnType<typeof spawnNode> | null = null;
    const clients: HttpClient[] = [];
    try {
      api = await startApi(lane.env);
      const setup = new HttpClient(api.baseUrl, 8);
      clients.push(setup);
      const fixture = await createQuizFixture(db, setup, lane.env, WARMUP + LEARNERS, { maxAttempts: 3 });
      const tokens = await mintAccessTokens(lane.env, fixture.learnerIds.map((id) => ({ id, orgUnitId: fixture.orgUnitId, roles: ['learner'] })));
      const path = `/api/v1/quizzes/${fixture.quizId}/attempts`;

      await db.query(`
        CREATE TABLE bench_floor_attempts (
          id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
          quiz_id uuid NOT NULL, user_id uuid NOT NULL, enrolment_id uuid NOT NULL, cycle integer NOT NULL, attempt_no integer NOT NULL,
          started_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (quiz_id, user_id, cycle, attempt_no))`);
      await db.query(`CREATE INDEX ON bench_floor_attempts (user_id, quiz_id)`);
      const floorPort = await freePort();
      floorChild = spawnNode(FLOOR_MAIN, { PATH: process.env.PATH, DATABASE_URL: url, PORT: String(floorPort) });
      const floorUrl = `http://127.0.0.1:${floorPort}`;
      await waitForHttp(`${floorUrl}/health`, floorChild);

      const targets = [
        { name: 'floor', pid: floorChild.pid, client: new HttpClient(floorUrl, MAX_IN_FLIGHT), reset: () => db.query(`TRUNCATE bench_floor_attempts`), table: 'bench_floor_attempts' },
        {
          name: 'Lane',
          pid: api.child.pid,
          client: new HttpClient(api.baseUrl, MAX_IN_FLIGHT),
          reset: async () => {
            await db.query(`DELETE FROM quiz_attempts`);
            await db.query(`UPDATE enrolments SET started_at = NULL WHERE started_at IS NOT NULL`);
          },
          table: 'quiz_attempts',
        },
      ];
      clients.push(...targets.map((t) => t.client));
      const results: Record<string, RunFigures[]> = { floor: [], Lane: [] };
      const loads: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        for (const target of targets) {
          // Warm up (JIT, pools, keep-alive sockets) with learners outside the storm, then reset.
          await pool(WARMUP, 5, async (i) => {
            const res = await target.client.call('POST', path, tokens[i]);
            if (res.status !== 201 && res.status !== 200) throw new Error(`${target.name} warm-up: ${res.status} ${res.body.slice(0, 300)}`);
          });
          await target.reset();
          await db.query(`VACUUM ANALYZE ${target.table}, enrolments`);
          await db.query(`CHECKPOINT`);
          loads.push(loadavg()[0]);
          const meter = new CpuMeter(db, () => target.pid);
          await meter.start();
          const result = figures(await storm(target.client, LEARNERS, RATE, (i) => target.client.call('POST', path, tokens[WARMUP + i])));
          const cpu = await meter.stop();
          result.serverMs = cpu ? cpu.processMs / LEARNERS : NaN;
          result.postgresMs = cpu ? cpu.postgresMs / LEARNERS : NaN;
          const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM ${target.table}`)).rows;
          if (n !== LEARNERS - result.errors) throw new Error(`${target.name}: ${n} attempts stored for ${LEARNERS - result.errors} successful starts`);
          results[target.name].push(result);
          log(`run ${r + 1} ${target.name}: ${fmt(result)} ${result.errors ? JSON.stringify(result.statuses) : ''}`);
        }
      }

      const m = (name: string, key: keyof Omit<RunFigures, 'statuses'>) => median(results[name].map((f) => f[key]));
      const errors = results.Lane.reduce((sum, f) => sum + f.errors, 0);
      const floorErrors = results.floor.reduce((sum, f) => sum + f.errors, 0);
      report({
        name: 'attempt-start',
        what: `start storm: ${LEARNERS.toLocaleString('en')} enrolled learners each POST /quizzes/:id/attempts (20 questions), ${RATE}/s open loop over ${(LEARNERS / RATE).toFixed(0)} s; p95 latency; ${errors} errors in ${RUNS} runs`,
        unit: 'ms',
        runs: RUNS,
        lane: m('Lane', 'p95'),
        floor: m('floor', 'p95'),
        floorWhat: 'bare Fastify + pg (own process): lock the enrolment row, count attempts, insert one row, one transaction',
        ratio: m('Lane', 'p95') / m('floor', 'p95'),
        notes:
          `Lane (medians of ${RUNS} runs): p50 ${m('Lane', 'p50').toFixed(1)} ms, p95 ${m('Lane', 'p95').toFixed(1)} ms, p99 ${m('Lane', 'p99').toFixed(1)} ms, max ${m('Lane', 'max').toFixed(0)} ms; ` +
          `${errors} non-201 answers of ${(RUNS * LEARNERS).toLocaleString('en')}. Floor: p50 ${m('floor', 'p50').toFixed(1)} ms, p95 ${m('floor', 'p95').toFixed(1)} ms, p99 ${m('floor', 'p99').toFixed(1)} ms, ${floorErrors} errors. ` +
          `Latency is from when each request was due (open loop, at most ${MAX_IN_FLIGHT} in flight; Lane's median peak was ${m('Lane', 'maxInFlight')} in flight), real HTTP with keep-alive to the API process (production mode), ` +
          `tokens signed by the app's AccessTokenModule. Each run warms up with ${WARMUP} other learners, then deletes all attempts. ` +
          `CPU per start (medians): Lane's API ${m('Lane', 'serverMs').toFixed(2)} ms + PostgreSQL ${m('Lane', 'postgresMs').toFixed(2)} ms, floor ${m('floor', 'serverMs').toFixed(2)} ms + ${m('floor', 'postgresMs').toFixed(2)} ms: ` +
          `at ${RATE}/s the single API process needs ${((m('Lane', 'serverMs') * RATE) / 10).toFixed(0)}% of a core, so starts queue and the tail is mostly waiting. ` +
          `Lane's start also draws and shuffles the 20 questions and renders them (sanitised HTML) in the answer; the floor does none of that and does not verify the token. ` +
          `${cpus().length} cores shared by the load generator, API, PostgreSQL and Redis (load average ${median(loads).toFixed(1)} at the storms).`,
      });
      if (errors) {
        log(`FAILED: ${errors} starts did not answer 201`);
        process.exitCode = 1;
      }
    } finally {
      for (const c of clients) c.close();
      if (floorChild) await stopProcess(floorChild);
      await api?.stop();
      lane.cleanup();
      await db.end();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
