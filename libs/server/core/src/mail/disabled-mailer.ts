import type { Logger } from 'pino';
import { assertMailMessage, Mailer, type MailMessage } from './mailer';

/** Production without SMTP_URL: mail is dropped, and the log says so once rather than per message. */
export class DisabledMailer extends Mailer {
  private warned = false;

  constructor(private readonly logger: Logger) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    assertMailMessage(message);
    if (this.warned) return;
    this.warned = true;
    this.logger.warn({ event: 'mail.disabled' }, 'email is disabled (no SMTP_URL); messages are dropped');
  }
}
