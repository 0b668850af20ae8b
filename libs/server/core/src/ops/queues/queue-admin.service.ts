import { Injectable } from '@nestjs/common';
import { QueueName, type FailedJobView, type Page, type QueueCounts } from '@lms/contracts';
import { OpsErrorCode, OpsException } from '../ops.exception';
import { QueueInspector } from './queue-inspector';

const QUEUE_NAMES: readonly QueueName[] = Object.values(QueueName);

/** The admin's view of the queues: counts, failed jobs and retry, for the queues in `QueueName` only. */
@Injectable()
export class QueueAdminService {
  constructor(private readonly inspector: QueueInspector) {}

  counts(): Promise<QueueCounts[]> {
    return this.reading(() => Promise.all(QUEUE_NAMES.map((name) => this.inspector.counts(name))));
  }

  async failed(name: string, page: number, pageSize: number): Promise<Page<FailedJobView>> {
    const queue = this.known(name);
    const { items, total } = await this.reading(() => this.inspector.failed(queue, (page - 1) * pageSize, pageSize));
    return { items, total, page, pageSize };
  }

  async retry(name: string, jobId: string): Promise<void> {
    const queue = this.known(name);
    const outcome = await this.reading(() => this.inspector.retry(queue, jobId));
    if (outcome === 'not-found') throw new OpsException(OpsErrorCode.JobNotFound, 'Job not found');
    if (outcome === 'not-failed') throw new OpsException(OpsErrorCode.JobNotFailed, 'Only a failed job can be retried');
  }

  private known(name: string): QueueName {
    const queue = QUEUE_NAMES.find((q) => q === name);
    if (!queue) throw new OpsException(OpsErrorCode.QueueNotFound, 'Queue not found');
    return queue;
  }

  /** 503, not 500, while Redis is away: refused at once when it is known to be down, or when a command failed because it went. */
  private async reading<T>(read: () => Promise<T>): Promise<T> {
    const unavailable = () => new OpsException(OpsErrorCode.QueuesUnavailable, 'Redis is not reachable');
    if (!this.inspector.available()) throw unavailable();
    try {
      return await read();
    } catch (error) {
      throw this.inspector.available() ? error : unavailable();
    }
  }
}
