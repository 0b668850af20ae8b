import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, Clock, HandlesJob, Mailer, PINO_LOGGER, type AppConfig, type JobHandler } from '@lms/server-core';
import { digestEmail } from './digest-email';
import { NotificationsRepository } from './notifications.repository';

const DIGESTS_PER_RUN = 500;

@Injectable()
@HandlesJob('notifications.remind-due')
export class RemindDueProcessor implements JobHandler<'notifications.remind-due'> {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}
  async handle(): Promise<void> {
    await this.notifications.remindDue(this.clock.now());
  }
}

/** Sends each waiting user one email a day at most; a failed send leaves their day unclaimed for the next run. */
@Injectable()
@HandlesJob('notifications.send-digests')
export class SendDigestsProcessor implements JobHandler<'notifications.send-digests'> {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    const appUrl = this.config.corsOrigins[0] ?? `http://localhost:${this.config.port}`;
    for (const to of await this.notifications.digestRecipients(now, DIGESTS_PER_RUN)) {
      try {
        await this.notifications.sendDigest(to.userId, now, (lines) => this.mailer.send(digestEmail(to, lines, appUrl)));
      } catch (err) {
        this.logger.warn({ err, userId: to.userId }, 'digest email not sent; it will be tried on the next run');
      }
    }
  }
}
