/**
 * Every queue and job the system knows, with its payload type. The API never talks to BullMQ
 * directly: it writes a JobRequest to the outbox in the same transaction as the change that
 * causes it, and the relay in the worker hands it on with a deterministic jobId.
 */
export enum QueueName {
  System = 'system',
}

export interface JobPayloads {
  /** Heartbeat that proves the path API → outbox → relay → BullMQ → worker end to end. */
  'system.ping': { pingId: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUES: { readonly [N in JobName]: QueueName } = {
  'system.ping': QueueName.System,
};

export interface JobRequest<N extends JobName = JobName> {
  name: N;
  payload: JobPayloads[N];
  /** Deterministic: the same cause always yields the same id, so BullMQ drops duplicates. */
  jobId: string;
}
