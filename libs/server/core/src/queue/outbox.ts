import { JOB_QUEUES, type JobName, type JobRequest } from '@lms/contracts';
import type { EntityManager } from 'typeorm';

export const OUTBOX_CHANNEL = 'lane_outbox';
const JOB_ID_PATTERN = /^[^:]{1,200}$/;

/**
 * Records job requests inside the caller's transaction, so a job exists exactly when the change
 * that causes it was committed, whether or not Redis is up. A repeated jobId is ignored.
 */
export async function enqueueInTransaction(manager: EntityManager, requests: JobRequest<JobName>[]): Promise<void> {
  if (!requests.length) return;
  for (const r of requests) {
    // BullMQ refuses ':' in custom ids; refusing it here keeps a bad row from blocking the relay.
    if (!JOB_ID_PATTERN.test(r.jobId)) throw new Error(`Job id "${r.jobId}" must be 1 to 200 characters without ":"`);
  }
  const values: unknown[] = [];
  const rows = requests.map((r, i) => {
    values.push(r.jobId, JOB_QUEUES[r.name], r.name, JSON.stringify(r.payload));
    const o = i * 4;
    return `($${o + 1}, $${o + 2}, $${o + 3}, $${o + 4}::jsonb)`;
  });
  await manager.query(
    `INSERT INTO outbox (job_id, queue, name, payload) VALUES ${rows.join(', ')} ON CONFLICT (job_id) DO NOTHING`,
    values,
  );
  await manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
}
