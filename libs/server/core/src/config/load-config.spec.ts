import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { isPlaceholder, loadConfig } from './load-config';

const STRONG = 'kR9vX2mQ7pL4sT8wZ1yB6nC3dF5gH0jK-strong';
const newKey = () => generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
const KEY = newKey();
/** What production needs beside the JWT secret. */
const PROD = { NODE_ENV: 'production', CERTIFICATE_SIGNING_KEYS: JSON.stringify([KEY]), PUBLIC_URL: 'https://lane.mtc.gov.la', SCORM_ORIGIN: 'https://scorm.lane.mtc.gov.la' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lane-cfg-'));
    const config = loadConfig({ LANE_SECRETS_FILE: join(dir, 'secrets.json') });
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/lane');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.nodeEnv).toBe('development');
    expect(config.jwt.accessTtlSeconds).toBe(900);
  });

  it('generates a development secret once and keeps it in a private file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'lane-cfg-')), 'nested', 'secrets.json');
    const first = loadConfig({ LANE_SECRETS_FILE: file });
    const second = loadConfig({ LANE_SECRETS_FILE: file });
    expect(first.jwt.accessSecret.length).toBeGreaterThanOrEqual(48);
    expect(second.jwt.accessSecret).toBe(first.jwt.accessSecret);
    expect(JSON.parse(readFileSync(file, 'utf8')).jwtAccessSecret).toBe(first.jwt.accessSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses to start production without a JWT secret', () => {
    expect(problemsOf({ ...PROD, NODE_ENV: 'production' })).toEqual([expect.stringContaining('JWT_ACCESS_SECRET is required')]);
  });

  it.each(['changeme-changeme-changeme-changeme', 'your-secret-key-goes-here-please-now', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'])(
    'refuses the placeholder secret %s in production',
    (secret) => {
      expect(problemsOf({ ...PROD, JWT_ACCESS_SECRET: secret })).toEqual([expect.stringContaining('placeholder')]);
    },
  );

  it('refuses a short secret and a weak admin password in production', () => {
    const problems = problemsOf({ ...PROD, JWT_ACCESS_SECRET: 'short', ADMIN_EMAIL: 'a@b.la', ADMIN_PASSWORD: 'changeme' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('at least 32');
    expect(problems[1]).toContain('ADMIN_PASSWORD');
  });

  it('accepts a real production configuration', () => {
    const config = loadConfig({ ...PROD, JWT_ACCESS_SECRET: STRONG, ADMIN_EMAIL: 'Admin@MTC.gov.la', ADMIN_PASSWORD: 'a long and private phrase' });
    expect(config.admin).toEqual({ email: 'admin@mtc.gov.la', password: 'a long and private phrase' });
    expect(config.publicUrl).toBe('https://lane.mtc.gov.la');
    expect(config.certificates.signingKeys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: KEY.x, d: KEY.d, kid: expect.stringMatching(/^[\w-]{43}$/) }]);
  });

  describe('certificate signing keys', () => {
    it('refuses production without signing keys or a public URL', () => {
      expect(problemsOf({ NODE_ENV: 'production', JWT_ACCESS_SECRET: STRONG })).toEqual([
        expect.stringContaining('CERTIFICATE_SIGNING_KEYS is required'),
        expect.stringContaining('PUBLIC_URL is required'),
        expect.stringContaining('SCORM_ORIGIN is required'),
      ]);
    });

    it('generates a development key once, beside the JWT secret, and keeps it', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'lane-cfg-')), 'secrets.json');
      const first = loadConfig({ LANE_SECRETS_FILE: file }).certificates.signingKeys;
      expect(first).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', d: expect.any(String) })]);
      expect(loadConfig({ LANE_SECRETS_FILE: file }).certificates.signingKeys).toEqual(first);
    });

    it('takes a rotation: the new key signs, the retired one (public only) is still listed', () => {
      const retired = newKey();
      const keys = loadConfig({ ...PROD, JWT_ACCESS_SECRET: STRONG, CERTIFICATE_SIGNING_KEYS: JSON.stringify([KEY, { kty: 'OKP', crv: 'Ed25519', x: retired.x, kid: 'k2025' }]) }).certificates.signingKeys;
      expect(keys.map((k) => [k.kid.length > 0, Boolean(k.d)])).toEqual([[true, true], [true, false]]);
      expect(keys[1].kid).toBe('k2025');
    });

    it.each([
      ['not JSON', 'not json', 'not JSON'],
      ['an empty list', '[]', 'non-empty array'],
      ['an RSA key', JSON.stringify([{ kty: 'RSA', n: 'x', e: 'AQAB' }]), 'not an Ed25519 JWK'],
      ['a signing key without its private part', JSON.stringify([{ kty: 'OKP', crv: 'Ed25519', x: KEY.x }]), 'must include its private part'],
      ['a broken key', JSON.stringify([{ kty: 'OKP', crv: 'Ed25519', x: 'AAAA', d: 'AAAA' }]), 'not a valid Ed25519 key'],
    ])('refuses %s', (_what, value, message) => {
      expect(problemsOf({ ...PROD, JWT_ACCESS_SECRET: STRONG, CERTIFICATE_SIGNING_KEYS: value })).toEqual([expect.stringContaining(message)]);
    });
  });

  it('reports every bad value at once', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', NODE_ENV: 'staging', JWT_ACCESS_SECRET: STRONG });
    expect(problems).toEqual([
      expect.stringContaining('NODE_ENV'),
      expect.stringContaining('PORT'),
      expect.stringContaining('DATABASE_URL'),
      expect.stringContaining('REDIS_URL'),
    ]);
  });

  it('renders as many PDFs at once as WORKER_PDF_PROCESSES says, by default the cores less one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lane-cfg-'));
    const env = { LANE_SECRETS_FILE: join(dir, 'secrets.json') };
    expect(loadConfig(env).workerPdfProcesses).toBe(Math.max(1, availableParallelism() - 1));
    expect(loadConfig({ ...env, WORKER_PDF_PROCESSES: '3' }).workerPdfProcesses).toBe(3);
    expect(problemsOf({ WORKER_PDF_PROCESSES: '0' })).toEqual([expect.stringContaining('WORKER_PDF_PROCESSES must be a whole number from 1 to 64')]);
  });

  it('tells placeholders from chosen values', () => {
    expect(isPlaceholder('secret')).toBe(true);
    expect(isPlaceholder('CHANGE_ME_PLEASE')).toBe(true);
    expect(isPlaceholder(STRONG)).toBe(false);
  });

  describe('mail', () => {
    const dev = { JWT_ACCESS_SECRET: STRONG };

    it('catches mail in the dev sink when no SMTP_URL is set outside production', () => {
      expect(loadConfig(dev).mail).toEqual({ mode: 'dev-sink', from: 'Lane <no-reply@lane.local>', sink: { port: 1025, dir: resolve('.lane/mail') } });
      expect(loadConfig({ ...dev, NODE_ENV: 'test', MAIL_SINK_PORT: '2525', MAIL_SINK_DIR: '/tmp/lane-mail' }).mail).toEqual({
        mode: 'dev-sink',
        from: 'Lane <no-reply@lane.local>',
        sink: { port: 2525, dir: '/tmp/lane-mail' },
      });
    });

    it('sends through SMTP_URL when it is set, with the sender from MAIL_FROM', () => {
      const config = loadConfig({ ...dev, ...PROD, SMTP_URL: 'smtps://lane:p%40ss@mail.mtc.gov.la:465', MAIL_FROM: 'ລະບົບ Lane <lane@mtc.gov.la>' });
      expect(config.mail).toEqual({ mode: 'smtp', smtpUrl: 'smtps://lane:p%40ss@mail.mtc.gov.la:465', from: 'ລະບົບ Lane <lane@mtc.gov.la>' });
      expect(loadConfig({ ...dev, SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'noreply@lane.la' }).mail.mode).toBe('smtp');
    });

    it('disables mail in production without SMTP_URL, and says so in the config', () => {
      expect(loadConfig({ ...dev, ...PROD }).mail).toEqual({ mode: 'disabled', from: 'Lane <no-reply@lane.local>' });
      expect(loadConfig({ ...dev, ...PROD, SMTP_URL: '' }).mail.mode).toBe('disabled');
    });

    it.each([
      ['smtp://user:hunter2@mail host:587', 'SMTP_URL is not a valid URL'],
      ['smtp://user:hunter2@mail.la:99999', 'SMTP_URL is not a valid URL'],
      ['https://user:hunter2@mail.la', 'SMTP_URL must use smtp: or smtps:'],
      ['smtp:hunter2', 'SMTP_URL has no host'],
    ])('refuses SMTP_URL %s without repeating its password', (value, problem) => {
      const problems = problemsOf({ ...dev, SMTP_URL: value });
      expect(problems).toEqual([expect.stringContaining(problem)]);
      expect(problems[0]).not.toContain('hunter2');
    });

    it('refuses a malformed sender and sink port', () => {
      expect(problemsOf({ ...dev, MAIL_FROM: 'Lane <no-reply>', MAIL_SINK_PORT: '70000' })).toEqual([
        expect.stringContaining('MAIL_FROM'),
        expect.stringContaining('MAIL_SINK_PORT'),
      ]);
      expect(problemsOf({ ...dev, MAIL_FROM: 'a@b.la, c@d.la' })).toEqual([expect.stringContaining('MAIL_FROM')]);
    });
  });

  describe('forwarding to another LRS', () => {
    const dev = { LANE_SECRETS_FILE: join(mkdtempSync(join(tmpdir(), 'lane-cfg-')), 'secrets.json') };
    const forward = { XAPI_FORWARD_URL: 'https://lrs.mof.gov.la/xapi', XAPI_FORWARD_KEY: 'lane', XAPI_FORWARD_SECRET: STRONG };

    it('is off unless configured, and takes the endpoint with a trailing slash', () => {
      expect(loadConfig(dev).xapiForward).toBeNull();
      expect(loadConfig({ ...dev, ...forward }).xapiForward).toEqual({ endpoint: 'https://lrs.mof.gov.la/xapi/', key: 'lane', secret: STRONG });
    });

    it('needs all three settings, and in production https and a secret that is not a placeholder', () => {
      expect(problemsOf({ ...dev, XAPI_FORWARD_URL: forward.XAPI_FORWARD_URL })).toEqual([expect.stringContaining('must be set together')]);
      expect(loadConfig({ ...dev, ...forward, XAPI_FORWARD_URL: 'http://127.0.0.1:8080/xapi/' }).xapiForward?.endpoint).toBe('http://127.0.0.1:8080/xapi/');
      const prod = { ...PROD, JWT_ACCESS_SECRET: STRONG };
      expect(problemsOf({ ...prod, ...forward, XAPI_FORWARD_URL: 'http://lrs.mof.gov.la/xapi/' })).toEqual([expect.stringContaining('XAPI_FORWARD_URL must use https:')]);
      expect(problemsOf({ ...prod, ...forward, XAPI_FORWARD_SECRET: 'changeme' })).toEqual([expect.stringContaining('XAPI_FORWARD_SECRET is a placeholder')]);
      expect(problemsOf({ ...prod, ...forward })).toEqual([]);
    });
  });

  describe('the metrics token', () => {
    const dev = { LANE_SECRETS_FILE: join(mkdtempSync(join(tmpdir(), 'lane-cfg-')), 'secrets.json') };
    const prod = { ...PROD, JWT_ACCESS_SECRET: STRONG };
    const TOKEN = 'pQ3vL8sX1mZ6tR9wK2yB5nC7dF0gH4jA';

    it('leaves /metrics open outside production when no token is set, and asks for the token once one is', () => {
      expect(loadConfig(dev).metrics).toEqual({ mode: 'open' });
      expect(loadConfig({ ...dev, METRICS_TOKEN: '   ' }).metrics).toEqual({ mode: 'open' });
      expect(loadConfig({ ...dev, METRICS_TOKEN: ' local ' }).metrics).toEqual({ mode: 'token', token: 'local' });
    });

    it('disables /metrics in production without a token, rather than refusing to start', () => {
      expect(loadConfig(prod).metrics).toEqual({ mode: 'disabled' });
      expect(loadConfig({ ...prod, METRICS_TOKEN: TOKEN }).metrics).toEqual({ mode: 'token', token: TOKEN });
    });

    it('refuses a short or placeholder token in production without repeating it', () => {
      expect(problemsOf({ ...prod, METRICS_TOKEN: 'prometheus-short' })).toEqual([expect.stringContaining('METRICS_TOKEN must be at least 32')]);
      const placeholder = problemsOf({ ...prod, METRICS_TOKEN: 'changeme-changeme-changeme-changeme' });
      expect(placeholder).toEqual([expect.stringContaining('METRICS_TOKEN is a placeholder')]);
      expect(placeholder[0]).not.toContain('changeme-changeme');
    });
  });

  describe('the SCORM content origin', () => {
    const dev = { LANE_SECRETS_FILE: join(mkdtempSync(join(tmpdir(), 'lane-cfg-')), 'secrets.json') };

    it('defaults to port 3002 of the public host in development', () => {
      expect(loadConfig(dev).scorm).toEqual({ origin: 'http://localhost:3002', port: 3002 });
      expect(loadConfig({ ...dev, PUBLIC_URL: 'http://10.0.0.5:3000', SCORM_PORT: '4100' }).scorm).toEqual({ origin: 'http://10.0.0.5:4100', port: 4100 });
      expect(loadConfig({ ...dev, SCORM_ORIGIN: 'http://scorm.localhost:8080/' }).scorm.origin).toBe('http://scorm.localhost:8080');
    });

    it('is required in production, on the public URL\'s scheme, and never Lane\'s own origin', () => {
      const prod = { ...PROD, JWT_ACCESS_SECRET: STRONG };
      expect(loadConfig(prod).scorm).toEqual({ origin: 'https://scorm.lane.mtc.gov.la', port: 3002 });
      expect(problemsOf({ ...prod, SCORM_ORIGIN: '' })).toEqual([expect.stringContaining('SCORM_ORIGIN is required in production')]);
      expect(problemsOf({ ...prod, SCORM_ORIGIN: 'http://scorm.lane.mtc.gov.la' })).toEqual([expect.stringContaining('SCORM_ORIGIN must use https:')]);
      expect(problemsOf({ ...prod, SCORM_ORIGIN: 'https://lane.mtc.gov.la/scorm' })).toEqual([expect.stringContaining('SCORM_ORIGIN must differ from PUBLIC_URL')]);
    });
  });
});
