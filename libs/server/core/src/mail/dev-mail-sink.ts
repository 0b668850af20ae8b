import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

const SINK_HOST = '127.0.0.1';
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

export interface DevMailSinkOptions {
  port: number;
  dir: string;
}

/** The SMTP URL a process sends to when the sink on `port` catches its mail. */
export function devMailSinkUrl(port: number): string {
  return `smtp://${SINK_HOST}:${port}`;
}

/**
 * Development without SMTP_URL: an SMTP server on 127.0.0.1 inside the process that keeps every
 * message it is given as an .eml file (open it in any mail client) and logs recipient and
 * subject. The mailer still speaks real SMTP to it, so development exercises the production path.
 */
export class DevMailSink {
  private server: SMTPServer | null = null;

  constructor(
    private readonly options: DevMailSinkOptions,
    private readonly logger: Logger,
  ) {}

  get url(): string {
    return devMailSinkUrl(this.options.port);
  }

  /**
   * Listens on the port. When it is taken, another process (the API and the worker both run one
   * in development, or a Mailpit on 1025) is already catching mail there; sending to it works
   * as well, so this is a warning rather than a failed start.
   */
  async start(): Promise<void> {
    await mkdir(this.options.dir, { recursive: true });
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      logger: false,
      size: MAX_MESSAGE_BYTES,
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(() => callback(), callback);
      },
    });
    server.on('error', (err) => this.logger.warn({ err }, 'mail sink connection error'));
    try {
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(this.options.port, SINK_HOST, () => {
          server.server.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      this.logger.warn({ port: this.options.port }, 'mail sink port in use; mail goes to whatever listens there');
      return;
    }
    this.server = server;
    this.logger.info({ url: this.url, dir: this.options.dir }, 'mail sink listening');
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw Object.assign(new Error('Message too large'), { responseCode: 552 });
    const raw = Buffer.concat(chunks);
    // ISO time first, so a directory listing is in the order mail arrived.
    const file = join(this.options.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
    await writeFile(`${file}.tmp`, raw);
    await rename(`${file}.tmp`, file);
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
    const to = session.envelope.rcptTo.map((r) => r.address);
    this.logger.info({ event: 'mail.caught', to, subject: parsed.subject ?? '', file }, 'mail caught by the dev sink');
  }
}
