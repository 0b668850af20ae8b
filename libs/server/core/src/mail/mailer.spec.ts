import pino from 'pino';
import { Writable } from 'node:stream';
import { testConfig } from '@lms/server-testing';
import { DisabledMailer } from './disabled-mailer';
import { createMailer } from './mail.module';
import { assertMailMessage, MailDeliveryError, type MailMessage } from './mailer';
import { SmtpMailer } from './smtp-mailer';

const message: MailMessage = { to: 'somchai@mtc.gov.la', subject: 'ແຈ້ງເຕືອນ', text: 'ສະບາຍດີ' };

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe('assertMailMessage', () => {
  it('accepts one address, a Lao subject and custom headers', () => {
    expect(() => assertMailMessage({ ...message, headers: { 'X-Lane-Notification': 'n-1', 'List-Unsubscribe': '<https://lane.la/u>' } })).not.toThrow();
  });

  it.each([
    ['a list of recipients', { to: 'a@b.la, c@d.la' }],
    ['a display name', { to: 'Somchai <a@b.la>' }],
    ['no address', { to: 'somchai' }],
    ['a two-line subject', { subject: 'a\r\nBcc: x@evil.test' }],
    ['a header injecting another', { headers: { 'X-Ok': 'a\r\nBcc: x@evil.test' } }],
    ['a malformed header name', { headers: { 'X Bad': 'v' } }],
    ['a header the mailer sets', { headers: { Bcc: 'x@evil.test' } }],
  ])('refuses %s as a permanent failure', (_name, change) => {
    const error = (() => {
      try {
        assertMailMessage({ ...message, ...change } as MailMessage);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).permanent).toBe(true);
  });
});

describe('DisabledMailer', () => {
  it('drops mail and warns once', async () => {
    const { logger, lines } = capturingLogger();
    const mailer = new DisabledMailer(logger);
    await mailer.send(message);
    await mailer.send(message);
    expect(lines).toEqual([expect.objectContaining({ level: 40, event: 'mail.disabled' })]);
  });
});

describe('createMailer', () => {
  const { logger } = capturingLogger();
  it('follows config.mail.mode', () => {
    const base = testConfig('postgres://unused/x');
    expect(createMailer({ ...base, mail: { mode: 'smtp', smtpUrl: 'smtp://127.0.0.1:2525', from: 'a@b.la' } }, logger)).toBeInstanceOf(SmtpMailer);
    expect(createMailer({ ...base, mail: { mode: 'dev-sink', from: 'a@b.la', sink: { port: 2525, dir: '/tmp/x' } } }, logger)).toBeInstanceOf(SmtpMailer);
    expect(createMailer({ ...base, mail: { mode: 'disabled', from: 'a@b.la' } }, logger)).toBeInstanceOf(DisabledMailer);
  });
});
