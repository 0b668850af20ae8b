import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Queue, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { JOB_QUEUES, JOB_SCHEDULES, SANDBOXED_QUEUES, type JobName, type QueueName } from '@lms/contracts';
import { APP_CONFIG, createRedis, DEFAULT_JOB_OPTIONS, JOB_HANDLER, PINO_LOGGER, type AppConfig, type JobHandler } from '@lms/server-core';
import { buildHandlerMap, type HandlerMap } from './handler-registry';
import { JobMetrics } from './job-metrics';
import { sandboxFile, sandboxForkOptions } from './sandboxes/sandbox-files';

const CONCURRENCY = 10;
/**
 * A job whose worker died (kill -9, a lost machine) is handed to another worker once its lock
 * lapses. BullMQ renews the lock while the job runs, so a short lock only costs a renewal every
 * 5 s; it means a learner's submitted quiz waits seconds, not a minute, after a crash.
 */
const LOCK_MS = 10_000;
const STALLED_CHECK_MS = 5_000;

/** One BullMQ worker per queue, each dispatching by job name to the handler registered for it. */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly workers: Worker[] = [];
  private handlers: HandlerMap | null = null;
  private closing = false;
  /** BullMQ leaves connections it was given open, so the runner closes its own. */
  private readonly connections: Redis[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
    private readonly metrics: JobMetrics,
  ) {}

  /** Finds the handlers (throwing when one is missing or doubled), schedules the repeating jobs and starts consuming. */
  start(): void {
    this.handlers = buildHandlerMap(
      this.discovery
        .getProviders()
        .filter((w) => w.instance && w.metatype && Reflect.getMetadata(JOB_HANDLER, w.metatype))
        .map((w) => ({ name: Reflect.getMetadata(JOB_HANDLER, w.metatype!) as string, handler: w.instance as JobHandler<JobName> })),
    );
    const queues = new Set<QueueName>(Object.values(JOB_QUEUES));
    for (const queue of queues) {
      const connection = createRedis(this.config.redisUrl, 'worker');
      this.connections.push(connection);
      const sandboxed = SANDBOXED_QUEUES.includes(queue);
      const worker = new Worker(queue, sandboxed ? sandboxFile(queue) : (job: Job) => this.run(job), {
        ...(sandboxed ? { concurrency: this.config.workerPdfProcesses, workerForkOptions: sandboxForkOptions(this.config) } : { concurrency: CONCURRENCY }),
        connection,
        prefix: this.config.queuePrefix,
        lockDuration: LOCK_MS,
        stalledInterval: STALLED_CHECK_MS,
        autorun: true,
      });
      this.metrics.watch(worker);
      worker.on('failed', (job, err) => this.logger.warn({ jobId: job?.id, name: job?.name, attempts: job?.attemptsMade, err }, 'job failed'));
      worker.on('error', (err) => this.logger.warn({ err, queue }, 'worker connection error'));
      this.workers.push(worker);
    }
    void this.scheduleUntilDone();
    this.logger.info({ queues: [...queues], jobs: [...this.handlers.keys()] }, 'worker consuming');
  }

  /** Redis may be down at start: keep trying in the background rather than hold the worker up. */
  private async scheduleUntilDone(): Promise<void> {
    for (let attempt = 1; !this.closing; attempt++) {
      try {
        return await this.schedule();
      } catch (err) {
        this.logger.warn({ err, attempt }, 'could not schedule repeating jobs yet; retrying');
        await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * attempt)).unref());
      }
    }
  }

  /** Upserting is idempotent, so every worker may do it at start and there is still one schedule. */
  private async schedule(): Promise<void> {
    for (const [name, { everyMs }] of Object.entries(JOB_SCHEDULES) as [JobName, { everyMs: number }][]) {
      const connection = createRedis(this.config.redisUrl, 'producer');
      const queue = new Queue(JOB_QUEUES[name], { connection, prefix: this.config.queuePrefix });
      try {
        // The same retention as every job: BullMQ trims a queue's whole completed set to the count
        // of the job that just finished, so a smaller count here would forget other jobs' ids too.
        const { removeOnComplete, removeOnFail } = DEFAULT_JOB_OPTIONS;
        await queue.upsertJobScheduler(name, { every: everyMs }, { name, data: {}, opts: { removeOnComplete, removeOnFail } });
      } finally {
        await queue.close();
        connection.disconnect();
      }
    }
  }

  private async run(job: Job): Promise<void> {
    const handler = this.handlers!.get(job.name as JobName);
    if (!handler) throw new Error(`No handler for job "${job.name}"`);
    const started = Date.now();
    await handler.handle(job.data, job);
    this.logger.debug({ jobId: job.id, name: job.name, ms: Date.now() - started }, 'job done');
  }

  /** Waits for running jobs to finish (BullMQ's close does), so SIGTERM loses nothing. */
  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    // With Redis down, a graceful close would wait for it forever; nothing can finish then anyway,
    // and the jobs that were running go back to the queue when their locks lapse.
    await Promise.all(this.workers.map((w, i) => w.close(this.connections[i].status !== 'ready')));
    for (const c of this.connections) c.disconnect();
  }
}
