import { Inject, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PINO_LOGGER } from '../logging/logger';
import { DevMailSink, devMailSinkUrl } from './dev-mail-sink';
import { DisabledMailer } from './disabled-mailer';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';

const DEV_MAIL_SINK = Symbol('DEV_MAIL_SINK');

/** The mailer config.mail.mode asks for; in dev-sink mode it sends real SMTP to the local sink. */
export function createMailer(config: AppConfig, logger: Logger): Mailer {
  const mail = config.mail;
  switch (mail.mode) {
    case 'smtp':
      return new SmtpMailer({ url: mail.smtpUrl, from: mail.from });
    case 'dev-sink':
      return new SmtpMailer({ url: devMailSinkUrl(mail.sink.port), from: mail.from });
    case 'disabled':
      return new DisabledMailer(logger);
  }
}

/**
 * Provides `Mailer`. In dev-sink mode the module also runs the sink for as long as the
 * application context lives (started before the app is ready, closed on shutdown).
 */
@Module({
  providers: [
    { provide: Mailer, inject: [APP_CONFIG, PINO_LOGGER], useFactory: createMailer },
    {
      provide: DEV_MAIL_SINK,
      inject: [APP_CONFIG, PINO_LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => (config.mail.mode === 'dev-sink' ? new DevMailSink(config.mail.sink, logger) : null),
    },
  ],
  exports: [Mailer],
})
export class MailModule implements OnModuleInit, OnModuleDestroy {
  constructor(
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(DEV_MAIL_SINK) private readonly sink: DevMailSink | null,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.sink?.start();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.mailer instanceof SmtpMailer) this.mailer.close();
    await this.sink?.stop();
  }
}
