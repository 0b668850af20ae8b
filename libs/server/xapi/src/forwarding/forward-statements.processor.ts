import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, Clock, HandlesJob, PINO_LOGGER, type AppConfig, type JobHandler } from '@lms/server-core';
import { ForwardingRepository } from './forwarding.repository';
import { LrsClient } from './lrs-client';

/** Statements per request to the other LRS. */
export const FORWARD_BATCH = 100;
/** Batches one run may send before it yields to the next scheduled run. */
const BATCHES_PER_RUN = 20;
const LEASE_MS = 60_000;
/** After n failures in a row, wait 10 s × 2^(n-1), at most ten minutes. */
export const retryDelayMs = (failures: number) => Math.min(10_000 * 2 ** Math.max(0, failures - 1), 10 * 60_000);

/**
 * Repeating: forwards Lane's own statements to the LRS configured by XAPI_FORWARD_URL, in the
 * order they were stored, from where the last delivery ended. Delivery is at least
 * once, and harmless when repeated, since statement ids are fixed and an LRS takes the same
 * statement twice without change. A failure is kept with its error and retried later, backing
 * off; nothing is skipped.
 */
@Injectable()
@HandlesJob('xapi.forward-statements')
export class ForwardStatementsProcessor implements JobHandler<'xapi.forward-statements'> {
  constructor(
    private readonly forwarding: ForwardingRepository,
    private readonly lrs: LrsClient,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  async handle(): Promise<void> {
    const target = this.config.xapiForward;
    if (!target) return;
    for (let round = 0; round < BATCHES_PER_RUN; round++) {
      const mark = await this.forwarding.lease(target.endpoint, this.clock.now(), LEASE_MS);
      if (!mark) return;
      const batch = await this.forwarding.after(mark, FORWARD_BATCH);
      if (!batch.length) return this.forwarding.release(target.endpoint);
      try {
        const { conflicts } = await this.lrs.send(target, batch.map((b) => b.statement));
        if (conflicts.length) this.logger.warn({ endpoint: target.endpoint, conflicts }, 'the other LRS holds different statements under these ids; left as they are there');
      } catch (error) {
        const now = this.clock.now();
        const message = error instanceof Error ? error.message : String(error);
        await this.forwarding.failed(target.endpoint, message, now, new Date(now.getTime() + retryDelayMs(mark.failures + 1)));
        this.logger.warn({ endpoint: target.endpoint, failures: mark.failures + 1, err: message }, 'forwarding statements failed; will retry');
        return;
      }
      await this.forwarding.delivered(target.endpoint, batch.at(-1)!, batch.length, this.clock.now());
      if (batch.length < FORWARD_BATCH) return this.forwarding.release(target.endpoint);
    }
    await this.forwarding.release(target.endpoint);
  }
}
