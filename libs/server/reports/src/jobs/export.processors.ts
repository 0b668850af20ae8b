import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobPayloads } from '@lms/contracts';
import { HandlesJob, type JobHandler } from '@lms/server-core';
import { ExportWriter } from '../exports/export-writer';

@Injectable()
@HandlesJob('reports.export')
export class ExportProcessor implements JobHandler<'reports.export'> {
  constructor(private readonly writer: ExportWriter) {}

  async handle(payload: JobPayloads['reports.export'], job: Job<JobPayloads['reports.export']>): Promise<void> {
    try {
      await this.writer.write(payload.exportId);
    } catch (error) {
      // The last try: the asker sees "failed" and why, instead of "running" for ever.
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.writer.fail(payload.exportId, error as Error);
      throw error;
    }
  }
}

@Injectable()
@HandlesJob('reports.expire-exports')
export class ExpireExportsProcessor implements JobHandler<'reports.expire-exports'> {
  constructor(private readonly writer: ExportWriter) {}

  async handle(): Promise<void> {
    await this.writer.expire();
  }
}
