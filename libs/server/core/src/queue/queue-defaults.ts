import type { DefaultJobOptions } from 'bullmq';

/**
 * Job options every queue starts from. Jobs run at least once, so handlers are idempotent; the
 * retained completed jobs also let BullMQ drop a re-sent jobId for a day.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};
