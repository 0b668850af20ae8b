import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForwardStatementsProcessor, prepareStatements, sameStatement, STATEMENTS_WRITE_LOCK, StatementsRepository } from '@lms/server-xapi';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { startWorker } from '../testing/start-worker';

const LANE = { objectType: 'Agent', name: 'Lane', account: { homePage: 'http://lane.test/xapi/', name: 'lane' } };
const laneStatement = (n: number) => ({
  id: randomUUID(),
  actor: { objectType: 'Agent', account: { homePage: 'http://lane.test', name: `learner-${n}` } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { en: 'completed' } },
  object: { objectType: 'Activity', id: `http://lane.test/xapi/activities/lessons/${n}` },
  timestamp: '2026-12-03T09:00:00Z',
});

/**
 * Issue 10: Lane forwards its own statements to another LRS configured by URL and credentials,
 * with retries. The other LRS here is a second, real Lane API listening on a port, behind a proxy
 * that can be made to fail; the forwarder runs in the real worker against PostgreSQL and Redis.
 */
describe('forwarding Lane’s statements to another LRS (two real APIs, worker, PostgreSQL and Redis)', () => {
  let target: ApiHarness;
  let source: ApiHarness;
  let worker: INestApplicationContext;
  let proxy: Server;
  let ds: DataSource;
  let reader: string;
  let targetWriter: string;
  /** What the proxy does with the next requests: pass them on, answer 503, or drop the connection. */
  let mode: 'pass' | 'unavailable' | 'drop' = 'pass';
  const seen: string[] = [];

  const forward = () => worker.get(ForwardStatementsProcessor).handle();
  const onTarget = async (id: string) =>
    target.request({ method: 'GET', url: `/xapi/statements?statementId=${id}`, headers: { authorization: reader, 'x-experience-api-version': '1.0.3' } });
  const storeLane = (statements: ReturnType<typeof laneStatement>[]) =>
    worker.get(StatementsRepository).store(prepareStatements(statements, new Date().toISOString(), LANE), null, sameStatement);
  const forwarding = async () => (await ds.query(`SELECT forwarded_count::int AS count, failures, last_error, next_attempt_at FROM xapi_forwarding`))[0];

  beforeAll(async () => {
    target = await startApi();
    await target.app.listen(0, '127.0.0.1');
    const targetPort = (target.app.getHttpServer().address() as AddressInfo).port;
    const lane = await target.xapiClient(['statements/write'], 'Lane (MTC)');
    reader = (await target.xapiClient(['statements/read'], 'reader')).authorization;
    targetWriter = (await target.xapiClient(['statements/write'], 'other system')).authorization;

    proxy = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (mode === 'drop') return req.socket.destroy();
      if (mode === 'unavailable') return res.writeHead(503).end('down for maintenance');
      const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/xapi/`;

    source = await startApi({ xapiForward: { endpoint, key: lane.key, secret: lane.secret } });
    ds = source.app.get(DataSource);
    worker = await startWorker(source.config, { consume: false });
  });
  afterAll(async () => {
    await worker.close();
    await source.close();
    await new Promise((resolve) => proxy.close(resolve));
    await target.close();
  });

  it('delivers Lane’s own statements, in one batch, as they were stored; a client’s statements stay home', async () => {
    const statements = [1, 2, 3].map(laneStatement);
    expect(await storeLane(statements)).toEqual({ ok: true });
    const clientOwn = laneStatement(99);
    const partner = await source.xapiClient(['statements/write'], 'partner');
    expect((await source.request({ method: 'POST', url: '/xapi/statements', headers: { authorization: partner.authorization, 'x-experience-api-version': '1.0.3' }, payload: clientOwn })).statusCode).toBe(200);

    seen.length = 0;
    await forward();
    expect(seen).toEqual(['POST /xapi/statements']);
    for (const s of statements) {
      const there = await onTarget(s.id);
      expect(there.statusCode).toBe(200);
      expect(there.json()).toMatchObject({ id: s.id, actor: s.actor, verb: s.verb, object: s.object });
    }
    expect((await onTarget(clientOwn.id)).statusCode).toBe(404);
    expect(await forwarding()).toMatchObject({ count: 3, failures: 0, last_error: null });

    // Nothing new: the next run sends nothing.
    seen.length = 0;
    await forward();
    expect(seen).toEqual([]);
  });

  it('keeps a failure with its error, waits before retrying, and then delivers everything it held back', async () => {
    const statements = [4, 5].map(laneStatement);
    await storeLane(statements);
    mode = 'unavailable';
    await forward();
    let state = await forwarding();
    expect(state).toMatchObject({ failures: 1, last_error: expect.stringContaining('503') });
    expect(new Date(state.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 5_000);

    // Waiting out the back-off: a run before it is due sends nothing.
    seen.length = 0;
    await forward();
    expect(seen).toEqual([]);

    mode = 'drop';
    // Time passes: the retry is due. (A second back, since PostgreSQL keeps microseconds and the clock milliseconds.)
    await ds.query(`UPDATE xapi_forwarding SET next_attempt_at = now() - interval '1 second'`);
    await forward();
    state = await forwarding();
    expect(state.failures).toBe(2);
    expect(new Date(state.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 15_000);

    mode = 'pass';
    await ds.query(`UPDATE xapi_forwarding SET next_attempt_at = now() - interval '1 second'`);
    await forward();
    for (const s of statements) expect((await onTarget(s.id)).statusCode).toBe(200);
    expect(await forwarding()).toMatchObject({ count: 5, failures: 0, last_error: null });
  });

  it('never skips a statement whose transaction commits after a later one was forwarded', async () => {
    const late = laneStatement(6);
    const early = laneStatement(7);
    const [prepared] = prepareStatements([late], new Date().toISOString(), LANE);
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    // Stored first (a lower seq), committed last: as the repository does, it holds the write lock shared meanwhile.
    await runner.query(`SELECT pg_advisory_xact_lock_shared($1)`, [STATEMENTS_WRITE_LOCK]);
    await runner.query(`INSERT INTO xapi_statements (id, statement, stored, "timestamp", verb_id, actor_key, object_activity_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      prepared.id,
      prepared.statement,
      prepared.stored,
      prepared.index.timestamp,
      prepared.index.verbId,
      prepared.index.actorKey,
      prepared.index.objectActivityId,
    ]);
    await storeLane([early]);
    await forward();
    expect((await onTarget(early.id)).statusCode).toBe(404); // held back while an earlier insert is still open
    await runner.commitTransaction();
    await runner.release();
    await forward();
    expect((await onTarget(late.id)).statusCode).toBe(200);
    expect((await onTarget(early.id)).statusCode).toBe(200);
  });

  it('a statement the other LRS holds differently does not hold back the rest: each is then sent alone', async () => {
    const clash = laneStatement(8);
    const fine = laneStatement(9);
    const other = await target.request({ method: 'PUT', url: `/xapi/statements?statementId=${clash.id}`, headers: { authorization: targetWriter, 'x-experience-api-version': '1.0.3' }, payload: { ...clash, timestamp: '2026-01-01T00:00:00Z' } });
    expect(other.statusCode).toBe(204);
    await storeLane([clash, fine]);
    seen.length = 0;
    await forward();
    expect(seen[0]).toBe('POST /xapi/statements');
    expect(seen.slice(1).sort()).toEqual([`PUT /xapi/statements?statementId=${clash.id}`, `PUT /xapi/statements?statementId=${fine.id}`].sort());
    expect((await onTarget(fine.id)).statusCode).toBe(200);
    expect((await onTarget(clash.id)).json().timestamp).toBe('2026-01-01T00:00:00Z');
    expect(await forwarding()).toMatchObject({ failures: 0 });
  });

  it('shows admins how forwarding goes: delivered, pending, the last error and the next try; and learners may not look', async () => {
    const unit = await source.unit('MTC-STATUS');
    await source.user('status-admin@mtc.gov.la', unit, ['admin']);
    await source.user('learner@mtc.gov.la', unit);
    const admin = (await source.login('status-admin@mtc.gov.la')).accessToken;
    const status = async () => (await source.request({ method: 'GET', url: '/api/v1/xapi-forwarding', token: admin })).json();

    await forward();
    const before = await status();
    expect(before).toMatchObject({ endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/xapi\/$/), pending: 0, failures: 0, lastError: null });
    await storeLane([laneStatement(10), laneStatement(11)]);
    mode = 'unavailable';
    await forward();
    expect(await status()).toMatchObject({ forwarded: before.forwarded, pending: 2, failures: 1, lastError: expect.stringContaining('503'), nextAttemptAt: expect.any(String) });
    mode = 'pass';
    await ds.query(`UPDATE xapi_forwarding SET next_attempt_at = now() - interval '1 second'`);
    await forward();
    expect(await status()).toMatchObject({ forwarded: before.forwarded + 2, pending: 0, failures: 0, lastError: null, nextAttemptAt: null });

    const learner = (await source.login('learner@mtc.gov.la')).accessToken;
    expect((await source.request({ method: 'GET', url: '/api/v1/xapi-forwarding', token: learner })).statusCode).toBe(403);
  });
});
