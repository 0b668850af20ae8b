import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { exportQuery } from '@lms/server-reports';
import { median, report, timeMs, withBenchDatabase } from './harness';
import { HttpClient } from './http-client';
import { clearRedisPrefix, laneEnv, mintAccessTokens, sleep, startApi, startWorker, stopProcess } from './lane-processes';

const LEARNERS = 20_000;
const COURSES = 10;
const ROWS = LEARNERS * COURSES;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const log = (message: string) => process.stderr.write(`[exports] ${message}\n`);

/** A ministry of 20,000 people in 18 divisions, each in 10 courses: 200,000 enrolments in every state, certificates for the completed ones. */
async function population(db: Pool): Promise<{ ministry: string; hr: string }> {
  const [ministry] = (await db.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) SELECT 'MOF', 'ກະຊວງການເງິນ', 'Finance', 'ministry', '/' || gen_random_uuid() || '/' RETURNING id, path`)).rows;
  await db.query(
    `INSERT INTO org_units (code, name_lo, name_en, kind, parent_id, path)
     SELECT 'MOF-' || g, 'ພະແນກ ' || g, 'Division ' || g, 'division', $1, $2 || gen_random_uuid() || '/' FROM generate_series(1, 18) g`,
    [ministry.id, ministry.path],
  );
  await db.query(
    `INSERT INTO users (email, employee_id, display_name, position, org_unit_id)
     SELECT 'u' || g || '@mof.gov.la', 'MOF-' || lpad(g::text, 6, '0'), 'ທ້າວ ສົມພອນ ວົງສະຫວັນ ' || g, CASE WHEN g % 50 = 0 THEN '=cmd|'' /C calc''!A0' ELSE 'ວິຊາການ' END,
            (SELECT id FROM org_units WHERE code = 'MOF-' || (1 + g % 18))
     FROM generate_series(1, $1::int) g`,
    [LEARNERS],
  );
  const [hr] = (await db.query(`INSERT INTO users (email, display_name, org_unit_id, roles) VALUES ('hr@mof.gov.la', 'HR', $1, '{learner,hr_manager}') RETURNING id`, [ministry.id])).rows;
  await db.query(
    `WITH c AS (INSERT INTO courses (slug, locale, owner_id, status, published_version) SELECT 'course-' || k, 'lo', $1, 'published', 1 FROM generate_series(1, $2::int) k RETURNING id, slug)
     INSERT INTO course_versions (course_id, version, title, category, level) SELECT id, 1, 'ຫຼັກສູດ ຄວາມປອດໄພທາງໄຊເບີ ' || slug, 'cybersecurity', 'beginner' FROM c`,
    [hr.id, COURSES],
  );
  await db.query(
    `INSERT INTO enrolments (user_id, course_id, course_version, enrolled_at, due_at, started_at, completed_at, progress_percent)
     SELECT u.id, c.id, 1, now() - interval '60 days', now() + make_interval(days => (h % 40)::int - 20),
            CASE WHEN h % 10 < 7 THEN now() - interval '50 days' END, CASE WHEN h % 10 < 4 THEN now() - make_interval(days => (h % 30)::int) END,
            CASE WHEN h % 10 < 4 THEN 100 WHEN h % 10 < 7 THEN 40 ELSE 0 END
     FROM (SELECT u.id, c.id AS cid, abs(hashtext(u.id::text || c.id::text)) AS h FROM users u CROSS JOIN courses c WHERE u.email LIKE 'u%') x
     JOIN users u ON u.id = x.id JOIN courses c ON c.id = x.cid`,
  );
  await db.query(
    `INSERT INTO certificates (code, enrolment_id, cycle, user_id, course_id, course_version, holder_name, course_title, locale, completed_at, score_percent, key_id, qr_jws)
     SELECT upper(substr(md5(e.id::text), 1, 4) || '-' || substr(md5(e.id::text), 5, 4) || '-' || substr(md5(e.id::text), 9, 4)), e.id, 1, e.user_id, e.course_id, 1,
            'x', 'x', 'lo', e.completed_at, 60 + abs(hashtext(e.id::text)) % 41, 'bench', 'x'
     FROM enrolments e WHERE e.completed_at IS NOT NULL`,
  );
  await db.query(`VACUUM ANALYZE`);
  return { ministry: ministry.id, hr: hr.id };
}

/** The floor: psql's COPY of the same SELECT to stdout, as CSV, read to its end. */
function psqlCopy(url: string, query: string): Promise<number> {
  return timeMs(
    () =>
      new Promise<void>((resolve, reject) => {
        // Without JIT, as Lane's own connections run (data-source-options.ts): the floor at its fastest.
        const child = spawn('psql', [url, '-X', '-q', '-c', `COPY (${query}) TO STDOUT WITH CSV`], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PGOPTIONS: '-c jit=off' } });
        let lines = 0;
        child.stdout.on('data', (chunk: Buffer) => {
          for (const byte of chunk) if (byte === 0x0a) lines++;
        });
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 && lines >= ROWS ? resolve() : reject(new Error(`psql exited ${code} after ${lines} lines`))));
      }),
  );
}

/** Resident memory of a process, from /proc, in bytes. */
function rss(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) * 1024;
}

/**
 * A completions export of 200,000 rows, the way an HR manager gets one: POST /reports/exports to
 * the built API, the built worker writing the file (COPY streamed to CSV, or through the XLSX
 * writer), until GET /reports/exports/:id says done. Measured against psql's COPY of the same
 * query in the same run; the worker's resident memory is sampled every 20 ms while it works.
 */
async function main() {
  await withBenchDatabase('exports', async (url) => {
    const db = new Pool({ connectionString: url, max: 2, application_name: 'lane-bench' });
    const lane = laneEnv(url, `lane-bench-exports-${Date.now().toString(36)}`);
    let api: Awaited<ReturnType<typeof startApi>> | null = null;
    let worker: ChildProcess | null = null;
    try {
      const { ministry, hr } = await population(db);
      const { sql: query } = exportQuery('completions', { orgUnitId: ministry, courseId: null, category: null, assignmentId: null, from: null, to: null, locale: 'lo', now: new Date() });
      api = await startApi(lane.env);
      worker = await startWorker(lane.env);
      const [token] = await mintAccessTokens(lane.env, [{ id: hr, orgUnitId: ministry, roles: ['learner', 'hr_manager'] }]);
      const client = new HttpClient(api.baseUrl, 4);

      const laneExport = async (format: 'csv' | 'xlsx'): Promise<{ ms: number; addedBytes: number; bytes: number }> => {
        const base = rss(worker!.pid!);
        let peak = base;
        const sampler = setInterval(() => (peak = Math.max(peak, rss(worker!.pid!))), 20);
        try {
          let id = '';
          let view: { status: string; rowCount: number; bytes: number; error: string | null } = { status: 'queued', rowCount: 0, bytes: 0, error: null };
          const ms = await timeMs(async () => {
            const res = await client.call('POST', '/api/v1/reports/exports', token, { kind: 'completions', orgUnitId: ministry, format });
            if (res.status !== 202) throw new Error(`POST: ${res.status} ${res.body}`);
            id = JSON.parse(res.body).id;
            while (view.status === 'queued' || view.status === 'running') {
              await sleep(20);
              view = JSON.parse((await client.call('GET', `/api/v1/reports/exports/${id}`, token)).body);
            }
          });
          if (view.status !== 'done' || view.rowCount !== ROWS) throw new Error(`export ${id}: ${view.status}, ${view.rowCount} rows, ${view.error}`);
          return { ms, addedBytes: peak - base, bytes: view.bytes };
        } finally {
          clearInterval(sampler);
        }
      };

      // Warm up both paths (caches, JIT, the worker's first COPY).
      await psqlCopy(url, query);
      await laneExport('csv');
      await laneExport('xlsx');
      const floor: number[] = [];
      const runs = { csv: [] as { ms: number; addedBytes: number; bytes: number }[], xlsx: [] as { ms: number; addedBytes: number; bytes: number }[] };
      for (let r = 0; r < RUNS; r++) {
        floor.push(await psqlCopy(url, query));
        for (const format of ['csv', 'xlsx'] as const) runs[format].push(await laneExport(format));
        log(
          `run ${r + 1}: COPY ${floor[r].toFixed(0)} ms; CSV ${runs.csv[r].ms.toFixed(0)} ms +${(runs.csv[r].addedBytes / 2 ** 20).toFixed(1)} MB; ` +
            `XLSX ${runs.xlsx[r].ms.toFixed(0)} ms +${(runs.xlsx[r].addedBytes / 2 ** 20).toFixed(1)} MB`,
        );
      }
      const copyMs = median(floor);
      const limits = { csv: { ratio: 2, mb: 64 }, xlsx: { ratio: 10, mb: 150 } };
      for (const format of ['csv', 'xlsx'] as const) {
        const ms = median(runs[format].map((x) => x.ms));
        const mb = Math.max(...runs[format].map((x) => x.addedBytes)) / 2 ** 20;
        const bytes = median(runs[format].map((x) => x.bytes));
        report({
          name: `exports.${format}`,
          what: `completions export of ${ROWS.toLocaleString('en')} rows to ${format.toUpperCase()}, asked for through the API until done`,
          unit: 'ms',
          runs: RUNS,
          lane: ms,
          floor: copyMs,
          floorWhat: "psql's COPY (same query) TO STDOUT WITH CSV",
          ratio: ms / copyMs,
          notes: `Limit ${limits[format].ratio}× and +${limits[format].mb} MB. Worker resident memory rose by at most ${mb.toFixed(1)} MB; file ${(bytes / 2 ** 20).toFixed(1)} MB.`,
        });
        if (ms / copyMs > limits[format].ratio || mb > limits[format].mb) throw new Error(`${format}: ${(ms / copyMs).toFixed(2)}× COPY, +${mb.toFixed(1)} MB is over the limit`);
      }
    } finally {
      await api?.stop();
      if (worker) await stopProcess(worker);
      await clearRedisPrefix(lane.env.QUEUE_PREFIX!);
      lane.cleanup();
      await db.end();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
