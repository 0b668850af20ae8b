import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { migrate } from '@lms/server-core';

/** One benchmark's figures: Lane's median beside the floor's, measured in the same run on the same data. */
export interface BenchResult {
  name: string;
  what: string;
  unit: string;
  runs: number;
  lane: number;
  floor: number;
  floorWhat: string;
  /** Lane ÷ floor, for times: 1.0 is as fast as the floor, 2.0 twice as slow. */
  ratio: number;
  notes?: string;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, migrated database for one benchmark, dropped afterwards. */
export async function withBenchDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const db = `lane_bench_${name}_${Date.now().toString(36)}`;
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${db}`);
  await migrate(url);
  try {
    return await work(url);
  } finally {
    const admin = new Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await admin.end();
  }
}

/** Each benchmark prints one line of JSON, which scripts/bench.mjs gathers into docs/benchmarks.md. */
export function report(result: BenchResult): void {
  process.stdout.write(`BENCH ${JSON.stringify(result)}\n`);
}

export const LOAD_LEARNERS = Number(process.env.BENCH_LOAD_LEARNERS ?? 200_000);

/**
 * The national-scale population of `npm run seed:load` (200,000 learners, 2 million enrolments)
 * in a database kept between runs, since making it takes minutes: created, migrated and seeded
 * when missing or short, and left in place afterwards. Benchmarks only read it (or delete what
 * they add).
 */
export async function withLoadDatabase<T>(work: (url: string) => Promise<T>, log: (message: string) => void): Promise<T> {
  const db = `lane_bench_load_${LOAD_LEARNERS}`;
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${db}`);
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [db])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE "${db}"`);
  } finally {
    await admin.end();
  }
  await migrate(url);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM enrolments`)).rows;
    if (n < LOAD_LEARNERS * 10) {
      log(`seeding ${LOAD_LEARNERS.toLocaleString('en')} learners into ${db} with \`lane-cli seed-load\` (once; it takes minutes)…`);
      // The very command `npm run seed:load` runs, from the built CLI.
      const seeded = spawnSync(process.execPath, [join(__dirname, '../../api/src/cli/main.js'), 'seed-load', '--learners', String(LOAD_LEARNERS)], {
        env: { ...process.env, DATABASE_URL: url },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      if (seeded.status !== 0) throw new Error(`seed-load exited with ${seeded.status}`);
      await client.query(`VACUUM ANALYZE`);
    }
  } finally {
    await client.end();
  }
  return work(url);
}
