import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { DEFAULT_ISSUER_NAME } from '@lms/server-core';
import { CERTIFICATE_PDF_COLUMNS, certificateDocument, renderCertificatePdf } from '@lms/server-certificates';
import { median, report, withBenchDatabase } from './harness';
import { clearRedisPrefix, laneEnv, sleep, startWorker, stopProcess } from './lane-processes';

const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT_MS = 600_000;
const log = (message: string) => process.stderr.write(`[certificates] ${message}\n`);

/** Completed cycles waiting for their certificates, as course completion leaves them: the completion rows and the outbox's issue requests. */
async function completions(db: Pool): Promise<void> {
  const [unit] = (await db.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MTC', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'MTC', 'ministry', '/MTC/') RETURNING id`)).rows;
  await db.query(
    `INSERT INTO users (email, display_name, org_unit_id, locale)
     SELECT 'u' || g || '@mtc.gov.la', CASE WHEN g % 2 = 0 THEN 'ທ້າວ ສົມພອນ ວົງສະຫວັນ ' || g ELSE 'Somphone Vongsavanh ' || g END, $1, CASE WHEN g % 2 = 0 THEN 'lo' ELSE 'en' END
     FROM generate_series(1, $2::int) g`,
    [unit.id, CERTIFICATES],
  );
  const [owner] = (await db.query(`SELECT id FROM users LIMIT 1`)).rows;
  const [course] = (await db.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('security', 'lo', $1, 'published', 1) RETURNING id`, [owner.id])).rows;
  await db.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'ຄວາມປອດໄພທາງໄຊເບີ ສຳລັບພະນັກງານລັດ', 'cybersecurity', 'beginner')`, [course.id]);
  await db.query(`INSERT INTO enrolments (user_id, course_id, course_version, progress_percent, started_at, completed_at) SELECT id, $1, 1, 100, now(), now() FROM users`, [course.id]);
  await db.query(`INSERT INTO enrolment_completions (enrolment_id, cycle, course_version, completed_at) SELECT id, 1, 1, completed_at FROM enrolments`);
}

/** Puts every completion back to "certificate requested", with nothing issued. */
async function requestAll(db: Pool): Promise<void> {
  await db.query(`DELETE FROM certificates`);
  await db.query(`DELETE FROM outbox`);
  await db.query(
    `INSERT INTO outbox (job_id, queue, name, payload)
     SELECT 'certificate.' || enrolment_id || '.1', 'certificates', 'certificates.issue', jsonb_build_object('enrolmentId', enrolment_id, 'cycle', 1) FROM enrolment_completions`,
  );
}

async function main() {
  await withBenchDatabase('certificates', async (url) => {
    const db = new Pool({ connectionString: url, max: 2, application_name: 'lane-bench' });
    const prefixes: string[] = [];
    const floorDir = mkdtempSync(join(tmpdir(), 'lane-bench-pdf-'));
    try {
      await completions(db);
      const laneRates: number[] = [];
      const floorRates: number[] = [];
      let sizes: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        // Lane: the worker process issues each certificate (job), then its sandbox renders and stores each PDF.
        const prefix = `lane-bench-certificates-${Date.now().toString(36)}-${r}`;
        prefixes.push(prefix);
        const lane = laneEnv(url, prefix);
        await requestAll(db);
        const t0 = performance.now();
        let worker: ChildProcess | null = null;
        try {
          worker = await startWorker(lane.env);
          for (;;) {
            const { n } = (await db.query(`SELECT count(*)::int AS n FROM certificates WHERE pdf_key IS NOT NULL`)).rows[0];
            if (n >= CERTIFICATES) break;
            if (worker.exitCode !== null) throw new Error(`the worker exited with ${worker.exitCode}`);
            if (performance.now() - t0 > TIMEOUT_MS) throw new Error(`only ${n} of ${CERTIFICATES} PDFs after ${TIMEOUT_MS} ms`);
            await sleep(200);
          }
          const ms = performance.now() - t0;
          laneRates.push((CERTIFICATES * 1000) / ms);
          sizes = (await db.query(`SELECT pdf_bytes AS b FROM certificates`)).rows.map((row: { b: number }) => row.b);
          log(`run ${r + 1} Lane: ${CERTIFICATES} certificates issued and stored in ${(ms / 1000).toFixed(1)} s = ${laneRates[r].toFixed(1)}/s; PDF median ${(median(sizes) / 1024).toFixed(1)} KB, max ${(Math.max(...sizes) / 1024).toFixed(1)} KB`);
        } finally {
          if (worker) await stopProcess(worker);
          lane.cleanup();
        }

        // Floor: the same rendering alone, in this process, one PDF after another, written to disk.
        const rows = (await db.query(`SELECT ${CERTIFICATE_PDF_COLUMNS} FROM certificates`)).rows;
        const f0 = performance.now();
        for (const [i, row] of rows.entries()) writeFileSync(join(floorDir, `${i}.pdf`), await renderCertificatePdf(certificateDocument(row, { publicUrl: 'http://127.0.0.1', issuerName: DEFAULT_ISSUER_NAME })));
        floorRates.push((rows.length * 1000) / (performance.now() - f0));
        log(`run ${r + 1} floor: ${floorRates[r].toFixed(1)} PDFs/s`);
      }
      const lane = median(laneRates);
      const floor = median(floorRates);
      report({
        name: 'certificates',
        what: `issuing ${CERTIFICATES.toLocaleString('en')} certificates: outbox → issue job → sandboxed PDF render → storage (higher is better)`,
        unit: 'PDFs/s',
        runs: RUNS,
        lane,
        floor,
        floorWhat: 'the same PDF rendering alone in one process, one after another, written to disk',
        ratio: lane / floor,
        notes:
          `A throughput: the ratio is Lane ÷ floor. Lane is timed from spawning the worker to the last PDF stored (boot, relay, one issue job and one sandboxed render per certificate). ` +
          `PDF size: median ${(median(sizes) / 1024).toFixed(1)} KB, max ${(Math.max(...sizes) / 1024).toFixed(1)} KB (target < 150 KB); half Lao, half English, fonts embedded as subsets.`,
      });
    } finally {
      await db.end();
      rmSync(floorDir, { recursive: true, force: true });
      for (const prefix of prefixes) await clearRedisPrefix(prefix);
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
