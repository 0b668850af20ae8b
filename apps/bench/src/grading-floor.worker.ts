import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';

/**
 * The floor of the grading benchmark, run as its own process like Lane's worker: a bare BullMQ
 * Worker whose job scores 20 answers by simple comparison with a key and does one
 * INSERT … ON CONFLICT DO UPDATE with pg. Started by grading.bench.ts.
 *
 * BENCH_FLOOR_ROUND_TRIPS=n (default 1) adds n - 1 trivial reads before the upsert, to measure what
 * each extra round trip to PostgreSQL costs a job (used to size proposals, not in the reported floor).
 */
const env = process.env;
const key: string[] = JSON.parse(env.BENCH_KEY ?? '[]');
const extraRoundTrips = Math.max(0, Number(env.BENCH_FLOOR_ROUND_TRIPS ?? 1) - 1);
const db = new Pool({ connectionString: env.DATABASE_URL, max: 20, application_name: 'lane-bench-floor' });
const connection = new Redis(env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

const worker = new Worker(
  env.BENCH_QUEUE ?? 'grading',
  async (job) => {
    const { attemptId, answers } = job.data as { attemptId: string; answers: unknown[] };
    for (let i = 0; i < extraRoundTrips; i++) await db.query(`SELECT $1::uuid AS id`, [attemptId]);
    let score = 0;
    for (let i = 0; i < key.length; i++) if (JSON.stringify(answers[i]) === key[i]) score++;
    await db.query(
      `INSERT INTO bench_floor_gradings (attempt_id, score, passed, graded_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (attempt_id) DO UPDATE SET score = EXCLUDED.score, passed = EXCLUDED.passed, graded_at = EXCLUDED.graded_at`,
      [attemptId, score, score * 100 >= Number(env.BENCH_PASS_PERCENT ?? 60) * key.length],
    );
  },
  { connection, prefix: env.QUEUE_PREFIX, concurrency: Number(env.BENCH_CONCURRENCY ?? 10), autorun: true },
);
worker.on('error', (err) => process.stderr.write(`floor worker: ${err.message}\n`));

process.once('SIGTERM', () => {
  void (async () => {
    await worker.close();
    connection.disconnect();
    await db.end();
    process.exit(0);
  })();
});
