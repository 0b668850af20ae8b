import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The floor of the verify benchmark, in its own process like Lane's API: bare Fastify and pg
 * answering GET /api/v1/verify/:code with one indexed read of the same row. Started by
 * verify.bench.ts on PORT.
 */
const env = process.env;
const db = new Pool({ connectionString: env.DATABASE_URL, max: 10, application_name: 'lane-bench-floor' });
const app = Fastify({ logger: false });

app.get<{ Params: { code: string } }>('/api/v1/verify/:code', async (req, reply) => {
  const row = (
    await db.query(
      `SELECT revoked_at IS NULL AS valid, revoked_at IS NOT NULL AS revoked, holder_name AS "holderName", course_title AS "courseTitle", issued_at AS "issuedAt"
       FROM certificates WHERE code = $1`,
      [req.params.code],
    )
  ).rows[0];
  if (!row) return reply.status(404).send({ message: 'not found' });
  return { ...row, issuer: 'ICT Institute' };
});

app.get('/health', async () => ({ ok: true }));

app.listen({ port: Number(env.PORT), host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`floor server: ${err}\n`);
  process.exit(1);
});
