import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { JOB_QUEUES, type JobName, type QueueName } from '@lms/contracts';
import { APP_CONFIG, createRedis, JOB_HANDLER, PINO_LOGGER, type AppConfig, type JobHandler } from '@lms/server-core';
import { buildHandlerMap, type HandlerMap } from './handler-registry';

const CONCURRENCY = 10;

/** One BullMQ worker per queue, each dispatching by job name to the handler registered for it. */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly workers: Worker[] = [];
  private handlers: HandlerMap | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  /** Finds the handlers (throwing when one is missing or doubled) and starts consuming. */
  start(): void {
    this.handlers = buildHandlerMap(
      this.discovery
        .getProviders()
        .filter((w) => w.instance && w.metatype && Reflect.getMetadata(JOB_HANDLER, w.metatype))
        .map((w) => ({ name: Reflect.getMetadata(JOB_HANDLER, w.metatype!) as string, handler: w.instance as JobHandler<JobName> })),
    );
    const queues = new Set<QueueName>(Object.values(JOB_QUEUES));
    for (const queue of queues) {
      const worker = new Worker(queue, (job) => this.run(job), {
        connection: createRedis(this.config.redisUrl, 'worker'),
        prefix: this.config.queuePrefix,
        concurrency: CONCURRENCY,
        autorun: true,
      });
      worker.on('failed', (job, err) => this.logger.warn({ jobId: job?.id, name: job?.name, attempts: job?.attemptsMade, err }, 'job failed'));
      worker.on('error', (err) => this.logger.warn({ err, queue }, 'worker connection error'));
      this.workers.push(worker);
    }
    this.logger.info({ queues: [...queues], jobs: [...this.handlers.keys()] }, 'worker consuming');
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
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
