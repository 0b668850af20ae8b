import type { ChildProcess } from 'node:child_process';
import { Pool } from 'pg';
import { LOAD_LEARNERS, median, report, withLoadDatabase } from './harness';
import { HttpClient } from './http-client';
import { DIST_SERVER, freePort, laneEnv, mintAccessTokens, percentile, spawnNode, startApi, stopProcess, waitForHttp } from './lane-processes';

const REQUESTS = Number(process.env.BENCH_SUMMARY_REQUESTS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 300;
const FLOOR_MAIN = `${DIST_SERVER}/apps/bench/src/summary-floor.server.js`;
const log = (message: string) => process.stderr.write(`[summary] ${message}\n`);

/**
 * GET /reports/summary for a ministry (about 7,000 staff and 70,000 enrolments of the national
 * population, with its six departments), asked by that ministry's HR manager one request at a
 * time, as a dashboard asks: Lane's API against a bare Fastify + pg server running the same SQL.
 * The requests go round the 20 ministries and four filters (none, a course, a category, a year).
 */
async function main() {
  await withLoadDatabase(async (url) => {
    const db = new Pool({ connectionString: url, max: 2, application_name: 'lane-bench' });
    const lane = laneEnv(url, `lane-bench-summary-${Date.now().toString(36)}`);
    let api: Awaited<ReturnType<typeof startApi>> | null = null;
    let floorChild: ChildProcess | null = null;
    try {
      const ministries: { id: string }[] = (await db.query(`SELECT id FROM org_units WHERE code ~ '^LD-M[0-9]+$' ORDER BY code`)).rows;
      const [course] = (await db.query(`SELECT id FROM courses WHERE slug = 'load-course-5'`)).rows;
      const [hr] = (await db.query(`SELECT id FROM users WHERE email = 'load.learner.0@load.lane.test'`)).rows;
      const [{ n: enrolments }] = (await db.query(`SELECT count(*)::int AS n FROM enrolments`)).rows;
      const tokens = await mintAccessTokens(
        lane.env,
        ministries.map((m) => ({ id: hr.id, orgUnitId: m.id, roles: ['learner', 'hr_manager'] })),
      );
      const filters = ['', `&courseId=${course.id}`, '&category=cybersecurity', `&from=${new Date().getFullYear() - 1}-12-01&to=${new Date().getFullYear()}-11-30`];
      const path = (i: number) => `/api/v1/reports/summary?orgUnitId=${ministries[i % ministries.length].id}${filters[Math.floor(i / ministries.length) % filters.length]}`;

      api = await startApi(lane.env);
      const floorPort = await freePort();
      floorChild = spawnNode(FLOOR_MAIN, { PATH: process.env.PATH, DATABASE_URL: url, PORT: String(floorPort) });
      await waitForHttp(`http://127.0.0.1:${floorPort}/health`, floorChild);
      const targets = { floor: new HttpClient(`http://127.0.0.1:${floorPort}`, 1), Lane: new HttpClient(api.baseUrl, 1) };
      const load = async (name: keyof typeof targets, count: number): Promise<number[]> => {
        const latencies: number[] = [];
        for (let i = 0; i < count; i++) {
          const t = performance.now();
          const res = await targets[name].call('GET', path(i), tokens[i % ministries.length]);
          latencies.push(performance.now() - t);
          if (res.status !== 200) throw new Error(`${name}: ${res.status} ${res.body}`);
        }
        return latencies;
      };
      for (const name of ['floor', 'Lane'] as const) await load(name, 80);
      const p95: Record<string, number[]> = { floor: [], Lane: [] };
      for (let r = 0; r < RUNS; r++) {
        for (const name of ['floor', 'Lane'] as const) {
          const latencies = await load(name, REQUESTS);
          p95[name].push(percentile(latencies, 95));
          log(`run ${r + 1} ${name}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
        }
      }
      const laneP95 = median(p95.Lane);
      if (laneP95 >= TARGET_MS) throw new Error(`p95 ${laneP95.toFixed(1)} ms is over the ${TARGET_MS} ms target`);
      report({
        name: 'summary',
        what: `GET /reports/summary for a ministry, p95 of ${REQUESTS} requests one at a time (${LOAD_LEARNERS.toLocaleString('en')} learners, ${enrolments.toLocaleString('en')} enrolments)`,
        unit: 'ms',
        runs: RUNS,
        lane: laneP95,
        floor: median(p95.floor),
        floorWhat: 'bare Fastify + pg running the same SQL, no auth or scope check',
        ratio: laneP95 / median(p95.floor),
        notes: `Target: under ${TARGET_MS} ms. Round the 20 ministries, unfiltered and by course, category and a year of enrolment.`,
      });
    } finally {
      await api?.stop();
      if (floorChild) await stopProcess(floorChild);
      lane.cleanup();
      await db.end();
    }
  }, log);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
