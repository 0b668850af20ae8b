import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ErrorCode, Job, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { FailedJobView, QueueCounts, QueueName } from '@lms/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';
import { QueueInspector, type RetryOutcome } from './queue-inspector';

const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : null);

/** A failed job as the admin sees it: never `job.data`. */
function toFailedJobView(job: Job): FailedJobView {
  return { id: String(job.id), name: job.name, failedReason: job.failedReason ?? '', attemptsMade: job.attemptsMade, timestamp: iso(job.timestamp)!, finishedOn: iso(job.finishedOn) };
}

/**
 * The queues through the API's one fail-fast Redis connection (shared: closing a queue leaves it
 * open), under the same prefix as the worker's. A Queue is opened on first use, once per name.
 */
@Injectable()
export class BullQueueInspector extends QueueInspector implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  available(): boolean {
    return this.redis.status === 'ready';
  }

  async counts(name: QueueName): Promise<QueueCounts> {
    const c = await this.queue(name).getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed', 'completed');
    return { name, waiting: (c.wait ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, failed: c.failed ?? 0, completed: c.completed ?? 0 };
  }

  async failed(name: QueueName, offset: number, limit: number): Promise<{ items: FailedJobView[]; total: number }> {
    const queue = this.queue(name);
    const [jobs, total] = await Promise.all([queue.getFailed(offset, offset + limit - 1), queue.getFailedCount()]);
    // A job removed between the two reads comes back as a gap.
    return { items: jobs.filter(Boolean).map(toFailedJobView), total };
  }

  async retry(name: QueueName, jobId: string): Promise<RetryOutcome> {
    const job = await Job.fromId(this.queue(name), jobId);
    if (!job) return 'not-found';
    try {
      await job.retry('failed');
      return 'retried';
    } catch (error) {
      // Checked by BullMQ's script in one step, so a job retried or removed meanwhile is told apart here.
      const code = (error as { code?: number }).code;
      if (code === ErrorCode.JobNotInState) return 'not-failed';
      if (code === ErrorCode.JobNotExist) return 'not-found';
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.redis, prefix: this.config.queuePrefix });
      queue.on('error', () => undefined); // reported to the caller of each read, and through health
      this.queues.set(name, queue);
    }
    return queue;
  }
}
