import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The floor of the start-storm benchmark, run as its own process like Lane's API: bare Fastify and
 * pg doing the minimal work of a start in one transaction (lock the learner's enrolment row, count
 * their attempts, insert one row into a scratch table). The learner comes from the bearer token's
 * payload, decoded but not verified. Started by attempt-start.bench.ts on PORT.
 */
const env = process.env;
const db = new Pool({ connectionString: env.DATABASE_URL, max: 20, application_name: 'lane-bench-floor' });
const app = Fastify({ logger: false });

app.post<{ Params: { id: string } }>('/api/v1/quizzes/:id/attempts', async (req, reply) => {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const userId: string = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).sub;
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const enrolment = (await client.query(`SELECT e.id, e.cycle FROM enrolments e JOIN course_items i ON i.course_id = e.course_id WHERE i.id = $1 AND e.user_id = $2 FOR UPDATE OF e`, [req.params.id, userId])).rows[0];
    if (!enrolment) {
      await client.query('ROLLBACK');
      return reply.status(409).send({ message: 'not enrolled' });
    }
    const { used } = (await client.query(`SELECT count(*)::int AS used FROM bench_floor_attempts WHERE quiz_id = $1 AND user_id = $2 AND cycle = $3`, [req.params.id, userId, enrolment.cycle])).rows[0];
    const row = (
      await client.query(`INSERT INTO bench_floor_attempts (quiz_id, user_id, enrolment_id, cycle, attempt_no) VALUES ($1, $2, $3, $4, $5) RETURNING id, attempt_no AS "attemptNo", started_at AS "startedAt"`, [
        req.params.id,
        userId,
        enrolment.id,
        enrolment.cycle,
        used + 1,
      ])
    ).rows[0];
    await client.query('COMMIT');
    return reply.status(201).send({ ...row, quizId: req.params.id, status: 'in_progress' });
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
});

app.get('/health', async () => ({ ok: true }));

app.listen({ port: Number(env.PORT), host: '127.0.0.1' }).catch((err) => {
  process.stderr.write(`floor server: ${err}\n`);
  process.exit(1);
});

process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => db.end())
    .then(() => process.exit(0));
});
