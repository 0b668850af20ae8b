import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName, JobPayloads } from '@lms/contracts';

export const JOB_HANDLER = 'lane:job-handler';

/** A class that handles one job name. It must be idempotent: jobs run at least once. */
export interface JobHandler<N extends JobName> {
  handle(payload: JobPayloads[N], job: Job<JobPayloads[N]>): Promise<void>;
}

/** Marks a provider as the one handler of a job name; the worker finds it by this mark. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);
