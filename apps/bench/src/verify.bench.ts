import type { ChildProcess } from 'node:child_process';
import { Pool } from 'pg';
import { newVerificationCode } from '@lms/server-certificates';
import { median, report, withBenchDatabase } from './harness';
import { HttpClient, pool } from './http-client';
import { DIST_SERVER, freePort, laneEnv, percentile, spawnNode, startApi, stopProcess, waitForHttp } from './lane-processes';

const CERTIFICATES = 1000;
const REQUESTS = Number(process.env.BENCH_VERIFY_REQUESTS ?? 10_000);
const CONCURRENCY = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FLOOR_MAIN = `${DIST_SERVER}/apps/bench/src/verify-floor.server.js`;
const log = (message: string) => process.stderr.write(`[verify] ${message}\n`);

/** A thousand issued certificates (rows as issuing writes them; the signature is not read here). */
async function certificates(db: Pool): Promise<string[]> {
  const [unit] = (await db.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MTC', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'MTC', 'ministry', '/MTC/') RETURNING id`)).rows;
  await db.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'u' || g || '@mtc.gov.la', 'ທ້າວ ສົມພອນ ' || g, $1 FROM generate_series(1, $2::int) g`, [unit.id, CERTIFICATES]);
  const [owner] = (await db.query(`SELECT id FROM users LIMIT 1`)).rows;
  const [course] = (await db.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('security', 'lo', $1, 'published', 1) RETURNING id`, [owner.id])).rows;
  await db.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'ຄວາມປອດໄພທາງໄຊເບີ', 'cybersecurity', 'beginner')`, [course.id]);
  await db.query(`INSERT INTO enrolments (user_id, course_id, course_version, completed_at) SELECT id, $1, 1, now() FROM users`, [course.id]);
  const codes = Array.from({ length: CERTIFICATES }, newVerificationCode);
  await db.query(
    `INSERT INTO certificates (code, enrolment_id, cycle, user_id, course_id, course_version, holder_name, course_title, locale, completed_at, key_id, qr_jws)
     SELECT c.code, e.id, 1, e.user_id, e.course_id, 1, u.display_name, 'ຄວາມປອດໄພທາງໄຊເບີ', 'lo', now(), 'bench', 'x'
     FROM (SELECT code, row_number() OVER () AS n FROM unnest($1::text[]) AS code) c
     JOIN (SELECT e.*, row_number() OVER (ORDER BY e.id) AS n FROM enrolments e) e ON e.n = c.n JOIN users u ON u.id = e.user_id`,
    [codes],
  );
  await db.query(`VACUUM ANALYZE certificates`);
  return codes;
}

/** REQUESTS verifications of random codes, CONCURRENCY at a time; each comes from its own address, as many officers would. */
async function load(client: HttpClient, codes: string[]): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  await pool(REQUESTS, CONCURRENCY, async (i) => {
    const t = performance.now();
    const res = await client.call('GET', `/api/v1/verify/${codes[(i * 7919) % codes.length]}`, undefined, undefined, { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` });
    latencies.push(performance.now() - t);
    if (res.status !== 200) errors++;
  });
  return { latencies, errors };
}

async function main() {
  await withBenchDatabase('verify', async (url) => {
    const db = new Pool({ connectionString: url, max: 2, application_name: 'lane-bench' });
    const lane = laneEnv(url, `lane-bench-verify-${Date.now().toString(36)}`);
    let api: Awaited<ReturnType<typeof startApi>> | null = null;
    let floorChild: ChildProcess | null = null;
    const clients: HttpClient[] = [];
    try {
      const codes = await certificates(db);
      api = await startApi({ ...lane.env, TRUST_PROXY: 'true' });
      const floorPort = await freePort();
      floorChild = spawnNode(FLOOR_MAIN, { PATH: process.env.PATH, DATABASE_URL: url, PORT: String(floorPort) });
      await waitForHttp(`http://127.0.0.1:${floorPort}/health`, floorChild);
      const targets = { floor: new HttpClient(`http://127.0.0.1:${floorPort}`, CONCURRENCY), Lane: new HttpClient(api.baseUrl, CONCURRENCY) };
      clients.push(...Object.values(targets));
      // Warm both (JIT, connection pools), then interleave the runs.
      for (const client of Object.values(targets)) await pool(500, CONCURRENCY, async (i) => void (await client.call('GET', `/api/v1/verify/${codes[i % codes.length]}`, undefined, undefined, { 'x-forwarded-for': `192.168.${i >> 8}.${i & 255}` })));
      const p95: Record<string, number[]> = { floor: [], Lane: [] };
      const p50: Record<string, number[]> = { floor: [], Lane: [] };
      let laneErrors = 0;
      for (let r = 0; r < RUNS; r++) {
        for (const [name, client] of Object.entries(targets)) {
          const { latencies, errors } = await load(client, codes);
          if (name === 'Lane') laneErrors += errors;
          else if (errors) throw new Error(`the floor answered ${errors} errors`);
          p95[name].push(percentile(latencies, 95));
          p50[name].push(percentile(latencies, 50));
          log(`run ${r + 1} ${name}: p50 ${percentile(latencies, 50).toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, ${errors} errors`);
        }
      }
      if (laneErrors) throw new Error(`Lane answered ${laneErrors} non-200s`);
      report({
        name: 'verify',
        what: `GET /verify/:code: ${REQUESTS.toLocaleString('en')} checks of ${CERTIFICATES.toLocaleString('en')} certificates, ${CONCURRENCY} at a time, each from its own address; p95 latency (target < 50 ms)`,
        unit: 'ms',
        runs: RUNS,
        lane: median(p95.Lane),
        floor: median(p95.floor),
        floorWhat: 'bare Fastify + pg (own process): the same indexed read by code',
        ratio: median(p95.Lane) / median(p95.floor),
        notes:
          `p50: Lane ${median(p50.Lane).toFixed(2)} ms, floor ${median(p50.floor).toFixed(2)} ms. Lane's path adds the guard, the per-address throttle, code normalisation and the issuer's name; ` +
          `requests carry X-Forwarded-For (TRUST_PROXY on, as behind a proxy) so the throttle counts each address apart. 0 errors.`,
      });
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
