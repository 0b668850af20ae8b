import type { FailedJobView, QueueCounts, QueueName } from '@lms/contracts';
import { QueueInspector, type RetryOutcome } from '@lms/server-core';

/** A queue port whose Redis can be taken away, mid-command too, holding the counts a test sets. */
export class FakeQueueInspector extends QueueInspector {
  up = true;
  dropDuringRead = false;
  outcome: RetryOutcome = 'retried';
  readonly depths = new Map<QueueName, Partial<Omit<QueueCounts, 'name'>>>();

  available(): boolean {
    return this.up;
  }

  async counts(name: QueueName): Promise<QueueCounts> {
    if (this.dropDuringRead) {
      this.up = false;
      throw new Error('Connection is closed.');
    }
    return { name, waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0, ...this.depths.get(name) };
  }

  async failed(): Promise<{ items: FailedJobView[]; total: number }> {
    return { items: [], total: 0 };
  }

  async retry(): Promise<RetryOutcome> {
    return this.outcome;
  }
}
