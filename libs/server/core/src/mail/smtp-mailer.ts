import { createTransport, type NodemailerError, type SMTPSentMessageInfo, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import { assertMailMessage, MailDeliveryError, Mailer, type MailMessage } from './mailer';

/** Connecting, the greeting and any silence mid-conversation each give up after this long. */
export const DEFAULT_SMTP_TIMEOUT_MS = 10_000;

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS) or `smtps://user:pass@host:465`; query parameters pass through to nodemailer. */
  url: string;
  from: string;
  timeoutMs?: number;
}

/**
 * Sends through an SMTP server, one connection per message: a notification job is short, and a
 * fresh connection cannot inherit a half-dead one from a pool. nodemailer writes UTF-8 throughout
 * (RFC 2047 encoded headers, base64 or quoted-printable bodies), so Lao text needs nothing special.
 */
export class SmtpMailer extends Mailer {
  private readonly transport: Transporter<SMTPSentMessageInfo, SMTPTransportOptions>;

  constructor(options: SmtpMailerOptions) {
    super();
    const timeout = options.timeoutMs ?? DEFAULT_SMTP_TIMEOUT_MS;
    this.transport = createTransport(
      {
        url: options.url,
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        dnsTimeout: timeout,
        requireTLS: sendsCredentialsOverNetwork(options.url),
        // Messages are built from strings only; nothing may make nodemailer read a file or fetch a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
        maxRecipients: 1,
      },
      { from: options.from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    assertMailMessage(message);
    try {
      await this.transport.sendMail({ to: message.to, subject: message.subject, text: message.text, html: message.html, headers: message.headers });
    } catch (error) {
      const e = error as NodemailerError;
      throw new MailDeliveryError(`SMTP delivery failed: ${e.message}`, e.permanent === true, { cause: error });
    }
  }

  close(): void {
    this.transport.close();
  }
}

/**
 * A plain smtp: URL with credentials to another machine must upgrade with STARTTLS before it
 * logs in; otherwise a server (or someone in between) that leaves STARTTLS out gets the password
 * in clear. `?requireTLS=false` in the URL overrides this for a relay that has no TLS.
 */
function sendsCredentialsOverNetwork(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== 'smtp:' || (!parsed.username && !parsed.password)) return false;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\./.test(host));
}
