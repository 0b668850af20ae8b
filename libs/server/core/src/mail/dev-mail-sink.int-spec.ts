import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Test } from '@nestjs/testing';
import { simpleParser } from 'mailparser';
import pino from 'pino';
import { freePort, testConfig } from '@lms/server-testing';
import { ConfigModule } from '../config/config.module';
import { LoggingModule } from '../logging/logging.module';
import { DevMailSink, devMailSinkUrl } from './dev-mail-sink';
import { MailModule } from './mail.module';
import { Mailer } from './mailer';
import { SmtpMailer } from './smtp-mailer';

const SUBJECT = 'ແຈ້ງເຕືອນ: ຫຼັກສູດ ຄວາມປອດໄພທາງໄຊເບີ ໃກ້ຮອດວັນກຳນົດສົ່ງ';
const TEXT = 'ກະລຸນາເຂົ້າຮຽນໃຫ້ສຳເລັດ.';

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

const emlFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.eml'));

describe('DevMailSink', () => {
  it('keeps each message as an .eml file and logs recipient and subject', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'lane-mail-')), 'mail');
    const { logger, lines } = capturingLogger();
    const sink = new DevMailSink({ port: await freePort(), dir }, logger);
    await sink.start();
    const mailer = new SmtpMailer({ url: sink.url, from: 'Lane <no-reply@lane.local>' });
    try {
      await mailer.send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT });
      await mailer.send({ to: 'noy@mtc.gov.la', subject: 'second', text: TEXT });
    } finally {
      mailer.close();
      await sink.stop();
    }

    expect(emlFiles(dir)).toHaveLength(2);
    const caught = lines.filter((l) => l.event === 'mail.caught');
    expect(caught).toEqual([
      expect.objectContaining({ to: ['somchai@mtc.gov.la'], subject: SUBJECT }),
      expect.objectContaining({ to: ['noy@mtc.gov.la'], subject: 'second' }),
    ]);
    const first = await simpleParser(readFileSync(caught[0].file as string));
    expect(first.subject).toBe(SUBJECT);
    expect(first.text).toBe(TEXT);
    expect(first.to).toMatchObject({ text: 'somchai@mtc.gov.la' });
  });

  it('leaves a taken port to whoever holds it instead of failing the start', async () => {
    const port = await freePort();
    const { logger, lines } = capturingLogger();
    const first = new DevMailSink({ port, dir: mkdtempSync(join(tmpdir(), 'lane-mail-')) }, logger);
    const second = new DevMailSink({ port, dir: mkdtempSync(join(tmpdir(), 'lane-mail-')) }, logger);
    await first.start();
    await expect(second.start()).resolves.toBeUndefined();
    expect(lines).toContainEqual(expect.objectContaining({ level: 40, port }));
    await second.stop();
    await first.stop();
  });
});

describe('MailModule in dev-sink mode', () => {
  it('starts the sink with the application and stops it on close', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'lane-mail-'));
    const config = testConfig('postgres://unused/x', { mail: { mode: 'dev-sink', from: 'Lane <no-reply@lane.local>', sink: { port, dir } } });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(pino({ level: 'silent' })), MailModule],
    }).compile();
    const app = await moduleRef.init();

    await app.get(Mailer).send({ to: 'somchai@mtc.gov.la', subject: SUBJECT, text: TEXT });
    expect(emlFiles(dir)).toHaveLength(1);

    await app.close();
    const after = new SmtpMailer({ url: devMailSinkUrl(port), from: 'a@lane.la', timeoutMs: 1000 });
    await expect(after.send({ to: 'somchai@mtc.gov.la', subject: 'after close', text: TEXT })).rejects.toMatchObject({ permanent: false });
    after.close();
  });
});
