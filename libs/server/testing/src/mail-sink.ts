import { simpleParser, type AddressObject, type Headers } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { freePort } from './private-redis';

/** One message as a test sees it, decoded by mailparser. */
export interface CaughtMail {
  /** Addresses of the To header. */
  to: string[];
  /** Address of the From header. */
  from: string;
  /** Display name of the From header, decoded (`Lane` for `Lane <no-reply@lane.local>`). */
  fromName: string;
  subject: string;
  text: string;
  html: string | null;
  date: Date | null;
  /** Decoded headers by lowercase name. */
  headers: Headers;
  /** What the client said in MAIL FROM and RCPT TO. */
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

export interface MailSinkOptions {
  /** Wait this long before answering a message's DATA, to play a slow SMTP server. */
  delayMs?: number;
}

type Waiter = { predicate: (mail: CaughtMail) => boolean; resolve: (mail: CaughtMail) => void };

/**
 * A real SMTP server for tests on 127.0.0.1 and a free port: point SMTP_URL (or an SmtpMailer)
 * at `url` and read what arrived from `messages`. With `delayMs`, a message still counts as
 * received once the delay is over, even when the client has given up, as with a real slow
 * server: that is how a retried send delivers twice.
 */
export class MailSink {
  readonly messages: CaughtMail[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private readonly server: SMTPServer;

  private constructor(
    readonly port: number,
    private readonly delayMs: number,
  ) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      closeTimeout: 1000,
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(() => callback(), callback);
      },
    });
    // A client that hangs up mid-message is an error event; tests assert on what arrived instead.
    this.server.on('error', () => undefined);
  }

  static async start(options: MailSinkOptions = {}): Promise<MailSink> {
    const sink = new MailSink(await freePort(), options.delayMs ?? 0);
    await new Promise<void>((resolve, reject) => {
      sink.server.server.once('error', reject);
      sink.server.listen(sink.port, '127.0.0.1', () => {
        sink.server.server.off('error', reject);
        resolve();
      });
    });
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The first message, received or still to come, that matches; rejects after timeoutMs. */
  waitFor(predicate: (mail: CaughtMail) => boolean = () => true, timeoutMs = 5000): Promise<CaughtMail> {
    const found = this.messages.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (mail) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(mail);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No matching mail within ${timeoutMs} ms; received: ${JSON.stringify(this.messages.map((m) => ({ to: m.to, subject: m.subject })))}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.messages.length = 0;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (this.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          resolve();
        }, this.delayMs);
        this.timers.add(timer);
      });
    }
    const raw = Buffer.concat(chunks);
    const parsed = await simpleParser(raw);
    const mail: CaughtMail = {
      to: addressesOf(parsed.to),
      from: parsed.from?.value[0]?.address ?? '',
      fromName: parsed.from?.value[0]?.name ?? '',
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      html: parsed.html || null,
      date: parsed.date ?? null,
      headers: parsed.headers,
      envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
      raw,
    };
    this.messages.push(mail);
    for (const waiter of [...this.waiters]) if (waiter.predicate(mail)) waiter.resolve(mail);
  }
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((o) => o.value.map((a) => a.address ?? '')).filter(Boolean);
}
