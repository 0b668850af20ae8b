import { freePort, MailSink } from '@lms/server-testing';
import { MailDeliveryError } from './mailer';
import { SmtpMailer } from './smtp-mailer';

const FROM = 'ລະບົບ Lane <no-reply@lane.local>';
const SUBJECT = 'ແຈ້ງເຕືອນ: ຫຼັກສູດ ຄວາມປອດໄພທາງໄຊເບີ ໃກ້ຮອດວັນກຳນົດສົ່ງ';
const TEXT = 'ສະບາຍດີ ທ່ານ ສົມໃຈ,\n\nຫຼັກສູດ "ຄວາມປອດໄພທາງໄຊເບີ" ຈະຮອດວັນກຳນົດສົ່ງໃນ 3 ມື້.\nກະລຸນາເຂົ້າຮຽນໃຫ້ສຳເລັດ.';
const HTML = '<p>ສະບາຍດີ ທ່ານ <b>ສົມໃຈ</b>,</p><p>ຫຼັກສູດ «ຄວາມປອດໄພທາງໄຊເບີ» ຈະຮອດວັນກຳນົດສົ່ງໃນ 3 ມື້.</p>';

describe('SmtpMailer against a real SMTP server', () => {
  let sink: MailSink;

  beforeAll(async () => {
    sink = await MailSink.start();
  });
  afterEach(() => sink.clear());
  afterAll(async () => {
    await sink.stop();
  });

  it('delivers Lao subject, text and HTML byte for byte after decoding', async () => {
    const mailer = new SmtpMailer({ url: sink.url, from: FROM });
    await mailer.send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT, html: HTML, headers: { 'X-Lane-Notification': 'deadline.42' } });

    const mail = await sink.waitFor((m) => m.to.includes('somchai@mtc.gov.la'));
    expect(Buffer.from(mail.subject, 'utf8').equals(Buffer.from(SUBJECT, 'utf8'))).toBe(true);
    expect(Buffer.from(mail.text, 'utf8').equals(Buffer.from(TEXT, 'utf8'))).toBe(true);
    expect(mail.html).toBe(HTML);
    expect(mail.from).toBe('no-reply@lane.local');
    expect(mail.fromName).toBe('ລະບົບ Lane');
    expect(mail.headers.get('x-lane-notification')).toBe('deadline.42');
    expect(mail.envelope).toEqual({ from: 'no-reply@lane.local', to: ['somchai@mtc.gov.la'] });
    expect(mail.date).toBeInstanceOf(Date);
    // Everything on the wire is encoded, so any SMTP server in between may carry it.
    expect(mail.raw.every((byte) => byte < 0x80)).toBe(true);
    mailer.close();
  });

  it('sends one message per recipient when sending in sequence', async () => {
    const mailer = new SmtpMailer({ url: sink.url, from: FROM });
    const recipients = ['a@lane.la', 'b@lane.la', 'c@lane.la'];
    for (const to of recipients) await mailer.send({ to, subject: `${SUBJECT} (${to})`, text: TEXT });

    expect(sink.messages.map((m) => m.envelope.to)).toEqual(recipients.map((r) => [r]));
    expect(sink.messages.map((m) => m.to)).toEqual(recipients.map((r) => [r]));
    expect(sink.messages.map((m) => m.subject)).toEqual(recipients.map((r) => `${SUBJECT} (${r})`));
    mailer.close();
  });

  it('gives up on a server that does not answer, within the socket timeout, as a retryable failure', async () => {
    const slow = await MailSink.start({ delayMs: 5000 });
    const mailer = new SmtpMailer({ url: slow.url, from: FROM, timeoutMs: 500 });
    const started = Date.now();
    const error = await mailer.send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT }).catch((e: unknown) => e);
    const elapsed = Date.now() - started;

    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).permanent).toBe(false);
    expect(((error as MailDeliveryError).cause as NodeJS.ErrnoException).code).toBe('ETIMEDOUT');
    expect(elapsed).toBeGreaterThanOrEqual(450);
    expect(elapsed).toBeLessThan(3000);
    mailer.close();
    await slow.stop();
  });

  it('fails fast, and retryably, when nothing listens', async () => {
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${await freePort()}`, from: FROM, timeoutMs: 2000 });
    const error = await mailer.send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).permanent).toBe(false);
    mailer.close();
  });

  it('will not log in over plain text to another machine when the server offers no STARTTLS', async () => {
    // 0.0.0.0 reaches this machine on Linux but is not a loopback name, so it stands in for a remote host.
    const mailer = new SmtpMailer({ url: `smtp://lane:secret@0.0.0.0:${sink.port}`, from: FROM });
    const error = await mailer.send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(((error as MailDeliveryError).cause as NodeJS.ErrnoException).code).toBe('ETLS');
    expect(sink.messages).toHaveLength(0);
    mailer.close();
  });

  it('refuses a list of recipients before connecting', async () => {
    const mailer = new SmtpMailer({ url: sink.url, from: FROM });
    await expect(mailer.send({ to: 'a@lane.la, b@lane.la', subject: SUBJECT, text: TEXT })).rejects.toMatchObject({ permanent: true });
    expect(sink.messages).toHaveLength(0);
    mailer.close();
  });
});
