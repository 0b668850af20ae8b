import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { QueueName } from '@lms/contracts';
import { createTestDataSource, PrivateRedis, type TestDataSource } from '@lms/server-testing';
import { enqueueInTransaction } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { createRedis } from './redis-connection';

describe('Transactional outbox and relay (real PostgreSQL, real Redis)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  let redisServer: PrivateRedis;
  let redis: Redis;
  let relay: OutboxRelay;
  let queue: Queue;
  let queueConnection: Redis;
  const prefix = 'lane-outbox-test';

  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
    redisServer = await PrivateRedis.start();
    redis = createRedis(redisServer.url, 'producer');
    redis.on('error', () => undefined);
    relay = new OutboxRelay({ dataSource: ds, databaseUrl: db.url, redis, prefix, logger: pino({ level: 'silent' }) });
    queueConnection = createRedis(redisServer.url, 'worker');
    queueConnection.on('error', () => undefined);
    queue = new Queue(QueueName.System, { connection: queueConnection, prefix });
    queue.on('error', () => undefined);
  });

  afterAll(async () => {
    await relay.stop();
    await queue.close();
    // BullMQ leaves a connection it was given open; an open one keeps reconnecting forever.
    queueConnection.disconnect();
    redis.disconnect();
    await redisServer.down();
    await db.drop();
  });

  const pending = async () => (await ds.query(`SELECT job_id, attempts, last_error FROM outbox WHERE dispatched_at IS NULL ORDER BY id`)) as { job_id: string; attempts: number; last_error: string | null }[];

  it('refuses a job id BullMQ would refuse, failing the transaction rather than the relay', async () => {
    await expect(ds.transaction((m) => enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: 'x' }, jobId: 'has:colon' }]))).rejects.toThrow('without ":"');
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    await expect(
      ds.transaction(async (m) => {
        await enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: 'rolled-back' }, jobId: 'ping.rolled-back' }]);
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    expect(await ds.query(`SELECT * FROM outbox`)).toEqual([]);
  });

  it('hands committed requests to BullMQ under their deterministic job id, once', async () => {
    await ds.transaction((m) => enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: 'a' }, jobId: 'ping.a' }]));
    await ds.transaction((m) => enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: 'a' }, jobId: 'ping.a' }]));
    expect(await relay.relayAll()).toBe(1);
    const job = await queue.getJob('ping.a');
    expect(job?.name).toBe('system.ping');
    expect(job?.data).toEqual({ pingId: 'a' });
    expect(job?.opts.attempts).toBeGreaterThan(1);
    expect(await pending()).toEqual([]);
    expect(await relay.relayAll()).toBe(0);
  });

  it('keeps requests while Redis is down and delivers them when it returns, none lost and none twice', async () => {
    await redisServer.down();
    const ids = Array.from({ length: 25 }, (_, i) => `ping.outage-${i}`);
    for (const jobId of ids) {
      await ds.transaction((m) => enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: jobId }, jobId }]));
    }
    await expect(relay.relayAll()).rejects.toThrow();
    const waiting = await pending();
    expect(waiting.map((r) => r.job_id)).toEqual(ids);
    expect(waiting.every((r) => r.attempts === 1 && r.last_error)).toBe(true);

    await redisServer.up();
    await waitFor(async () => (await redis.ping().catch(() => null)) === 'PONG');
    await waitFor(async () => (await queue.getJobCounts().then(() => true).catch(() => false)));
    expect(await relay.relayAll()).toBe(25);
    expect(await pending()).toEqual([]);
    const jobs = await queue.getJobs(['waiting', 'prioritized', 'delayed']);
    expect(jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
  }, 30_000);

  it('wakes on NOTIFY when started, without waiting for the poll', async () => {
    await relay.start();
    await ds.transaction((m) => enqueueInTransaction(m, [{ name: 'system.ping', payload: { pingId: 'live' }, jobId: 'ping.live' }]));
    await waitFor(async () => (await queue.getJob('ping.live')) !== undefined, 3_000);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}
