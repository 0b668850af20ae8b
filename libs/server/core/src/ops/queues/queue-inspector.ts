import type { FailedJobView, QueueCounts, QueueName } from '@lms/contracts';

/** What retrying a job came to: BullMQ moved it back to waiting, or it was not there, or not failed. */
export type RetryOutcome = 'retried' | 'not-found' | 'not-failed';

/**
 * Read-only access to the BullMQ queues, plus retrying a failed job: the port the admin's queue
 * screen goes through. It never hands out a job's data, which may hold personal data.
 */
export abstract class QueueInspector {
  /** False while Redis cannot be reached: callers answer 503 rather than wait. */
  abstract available(): boolean;
  abstract counts(queue: QueueName): Promise<QueueCounts>;
  /** Failed jobs, most recently failed first, from `offset`; with the number failed in all. */
  abstract failed(queue: QueueName, offset: number, limit: number): Promise<{ items: FailedJobView[]; total: number }>;
  abstract retry(queue: QueueName, jobId: string): Promise<RetryOutcome>;
}
