import Fastify from 'fastify';
import { Pool } from 'pg';
import { SUMMARY_SQL } from '@lms/server-reports';

/**
 * The floor of the summary benchmark, in its own process like Lane's API: bare Fastify and pg
 * running the very statement Lane runs for GET /api/v1/reports/summary, with no authentication,
 * scope check or validation. Started by summary.bench.ts on PORT.
 */
const env = process.env;
const db = new Pool({ connectionString: env.DATABASE_URL, max: 10, application_name: 'lane-bench-floor', options: '-c jit=off' });
const app = Fastify({ logger: false });

app.get<{ Querystring: { orgUnitId: string; courseId?: string; category?: string; assignmentId?: string; from?: string; to?: string } }>('/api/v1/reports/summary', async (req) => {
  const q = req.query;
  const rows = (await db.query(SUMMARY_SQL, [q.orgUnitId, 'lo', new Date(), q.courseId ?? null, q.category ?? null, q.assignmentId ?? null, q.from ?? null, q.to ?? null])).rows;
  const [unit, ...children] = rows.map(({ isUnit: _isUnit, ...r }) => ({ ...r, completionRate: r.enrolled ? r.completed / r.enrolled : 0 }));
  return { unit, children };
});

app.get('/health', async () => ({ ok: true }));

app.listen({ port: Number(env.PORT), host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`floor server: ${err}\n`);
  process.exit(1);
});
