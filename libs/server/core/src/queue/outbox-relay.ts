import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { Client } from 'pg';
import { QueueName } from '@lms/contracts';
import { DEFAULT_JOB_OPTIONS } from './queue-defaults';
import { OUTBOX_CHANNEL } from './outbox';

interface PendingRow {
  id: string;
  job_id: string;
  queue: string;
  name: string;
  payload: unknown;
}

export interface OutboxRelayOptions {
  dataSource: DataSource;
  databaseUrl: string;
  redis: Redis;
  prefix: string;
  logger: Logger;
  batchSize?: number;
  pollMs?: number;
  /** Dispatched rows older than this are deleted; their jobs have long finished. */
  retainDays?: number;
}

/**
 * Moves committed job requests from the outbox table into BullMQ. Several relays may run: each
 * claims rows with FOR UPDATE SKIP LOCKED. A row is marked dispatched only after BullMQ accepted
 * its job, and the jobId is deterministic, so a crash in between yields a duplicate add that BullMQ
 * ignores, never a lost job. While Redis is down the rows wait and the relay backs off.
 */
export class OutboxRelay {
  private readonly queues = new Map<string, Queue>();
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private draining: Promise<void> | null = null;
  private wakeRequested = false;
  private failures = 0;
  private lastPrune = 0;

  constructor(private readonly options: OutboxRelayOptions) {}

  async start(): Promise<void> {
    this.running = true;
    await this.listen();
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  /** Dispatches until the outbox is empty; returns how many jobs were handed to BullMQ. */
  async relayAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n < (this.options.batchSize ?? 500)) return total;
    }
  }

  private async listen(): Promise<void> {
    try {
      this.listener = new Client({ connectionString: this.options.databaseUrl });
      this.listener.on('error', () => {
        this.listener = null;
      });
      this.listener.on('notification', () => this.wake());
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.options.logger.warn({ err: error }, 'outbox relay could not LISTEN; polling only');
      this.listener = null;
    }
  }

  private wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (!this.running) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.draining = (async () => {
      try {
        await this.relayAll();
        await this.pruneIfDue();
        this.failures = 0;
      } catch (error) {
        this.failures++;
        this.options.logger.warn({ err: error, failures: this.failures }, 'outbox relay failed; will retry');
      }
    })();
    await this.draining;
    this.draining = null;
    const backoff = this.failures ? Math.min(500 * 2 ** this.failures, 15_000) : (this.options.pollMs ?? 1_000);
    this.schedule(this.wakeRequested && !this.failures ? 0 : backoff);
    this.wakeRequested = false;
  }

  private async relayBatch(): Promise<number> {
    const batchSize = this.options.batchSize ?? 500;
    const outcome = await this.options.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, job_id, queue, name, payload FROM outbox
         WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [batchSize],
      );
      if (!rows.length) return { relayed: 0 };
      const ids = rows.map((r) => r.id);
      try {
        await this.addToQueues(rows);
      } catch (error) {
        // Counted in the same transaction that holds the row locks; the rows stay pending.
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          ids,
          String((error as Error).message).slice(0, 1000),
        ]);
        return { relayed: 0, error };
      }
      await manager.query(
        `UPDATE outbox SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      return { relayed: rows.length };
    });
    if (outcome.error) throw outcome.error;
    return outcome.relayed;
  }

  private async addToQueues(rows: PendingRow[]): Promise<void> {
    // BullMQ waits without end for a connection that is not ready; inside the claiming transaction
    // that would hold row locks and a pooled connection for a whole outage. Fail now: the caller
    // counts the try on the rows and backs off.
    if (this.options.redis.status !== 'ready') throw new Error(`Redis is not ready (${this.options.redis.status})`);
    const byQueue = new Map<string, PendingRow[]>();
    for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
    for (const [queueName, queued] of byQueue) {
      await this.queue(queueName).addBulk(queued.map((r) => ({ name: r.name, data: r.payload, opts: { jobId: r.job_id } })));
    }
  }

  private async pruneIfDue(): Promise<void> {
    if (Date.now() - this.lastPrune < 3600_000) return;
    this.lastPrune = Date.now();
    await this.options.dataSource.query(
      `DELETE FROM outbox WHERE dispatched_at < now() - make_interval(days => $1)`,
      [this.options.retainDays ?? 7],
    );
  }

  private queue(name: string): Queue {
    if (!Object.values<string>(QueueName).includes(name)) throw new Error(`Unknown queue "${name}" in outbox`);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.options.redis,
        prefix: this.options.prefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      });
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }
}
