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
