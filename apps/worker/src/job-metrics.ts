import { Inject, Injectable } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import { Counter, Histogram, type Registry } from 'prom-client';
import { JOB_QUEUES } from '@lms/contracts';
import { METRICS_REGISTRY } from '@lms/server-core';

type Outcome = 'completed' | 'failed';

/** A name outside the declared jobs (a stray job in Redis) is one label, so the series stay bounded. */
const jobLabel = (job: Job | undefined) => (job && Object.hasOwn(JOB_QUEUES, job.name) ? job.name : 'unknown');

/**
 * `lane_job_duration_seconds{queue, name, outcome}` and `lane_jobs_failed_total{queue, name}`,
 * from the events of each queue's BullMQ worker in this process, so that sandboxed jobs (whose
 * handlers run in child processes) count too. Every failed attempt counts, the ones BullMQ will
 * retry as well: a job that succeeds on its third try still failed twice.
 */
@Injectable()
export class JobMetrics {
  private readonly durations: Histogram<'queue' | 'name' | 'outcome'>;
  private readonly failures: Counter<'queue' | 'name'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.durations = new Histogram({
      name: 'lane_job_duration_seconds',
      help: 'Time a job attempt ran, from becoming active to completing or failing.',
      labelNames: ['queue', 'name', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
    this.failures = new Counter({
      name: 'lane_jobs_failed_total',
      help: 'Job attempts that failed, retried ones included.',
      labelNames: ['queue', 'name'],
      registers: [registry],
    });
  }

  watch(worker: Worker): void {
    worker.on('completed', (job) => this.observe(worker.name, job, 'completed'));
    worker.on('failed', (job) => {
      this.failures.inc({ queue: worker.name, name: jobLabel(job) });
      this.observe(worker.name, job, 'failed');
    });
  }

  private observe(queue: string, job: Job | undefined, outcome: Outcome): void {
    if (!job?.processedOn) return;
    // A failure BullMQ will retry leaves finishedOn unset: the attempt ended now.
    const seconds = ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000;
    this.durations.observe({ queue, name: jobLabel(job), outcome }, Math.max(0, seconds));
  }
}
