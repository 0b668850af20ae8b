import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { isPlaceholder, loadConfig } from './load-config';

const STRONG = 'kR9vX2mQ7pL4sT8wZ1yB6nC3dF5gH0jK-strong';

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
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([expect.stringContaining('JWT_ACCESS_SECRET is required')]);
  });

  it.each(['changeme-changeme-changeme-changeme', 'your-secret-key-goes-here-please-now', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'])(
    'refuses the placeholder secret %s in production',
    (secret) => {
      expect(problemsOf({ NODE_ENV: 'production', JWT_ACCESS_SECRET: secret })).toEqual([expect.stringContaining('placeholder')]);
    },
  );

  it('refuses a short secret and a weak admin password in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', JWT_ACCESS_SECRET: 'short', ADMIN_EMAIL: 'a@b.la', ADMIN_PASSWORD: 'changeme' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('at least 32');
    expect(problems[1]).toContain('ADMIN_PASSWORD');
  });

  it('accepts a real production configuration', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_ACCESS_SECRET: STRONG, ADMIN_EMAIL: 'Admin@MTC.gov.la', ADMIN_PASSWORD: 'a long and private phrase' });
    expect(config.admin).toEqual({ email: 'admin@mtc.gov.la', password: 'a long and private phrase' });
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

  it('tells placeholders from chosen values', () => {
    expect(isPlaceholder('secret')).toBe(true);
    expect(isPlaceholder('CHANGE_ME_PLEASE')).toBe(true);
    expect(isPlaceholder(STRONG)).toBe(false);
  });
});
