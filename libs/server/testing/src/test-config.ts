import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_ISSUER_NAME, ed25519Kid, type AppConfig } from '@lms/server-core';

/** One signing key for the whole test run, as development generates one. */
const { x, d } = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
const TEST_SIGNING_KEY = { kty: 'OKP' as const, crv: 'Ed25519' as const, x: x!, d: d!, kid: ed25519Kid(x!) };

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A complete configuration for one test file: its own database and its own queue prefix in Redis. */
export function testConfig(databaseUrl: string, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    nodeEnv: 'test',
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
    redisUrl: TEST_REDIS_URL,
    queuePrefix: `lane-test-${randomBytes(4).toString('hex')}`,
    admin: null,
    jwt: { accessSecret: 'test-secret-that-is-long-enough-for-hs256-0123456789', issuer: 'lane', audience: 'lane-api', accessTtlSeconds: 900 },
    refreshTtlDays: 30,
    corsOrigins: ['http://localhost:5173'],
    bodyLimitBytes: 1024 * 1024,
    uploadLimitBytes: 5 * 1024 * 1024,
    webDistDir: null,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    workerHealthPort: 0,
    workerPdfProcesses: 1,
    storageDir: mkdtempSync(join(tmpdir(), 'lane-test-storage-')),
    s3: null,
    videoHosts: ['www.youtube-nocookie.com', 'player.vimeo.com'],
    trustProxy: false,
    // Tests that look at mail point this at their own MailSink: { mode: 'smtp', smtpUrl: sink.url, ... }.
    mail: { mode: 'disabled', from: 'Lane <no-reply@lane.local>' },
    publicUrl: 'http://lane.test',
    xapiForward: null,
    scorm: { origin: 'http://scorm.lane.test', port: 0 },
    certificates: { signingKeys: [TEST_SIGNING_KEY], issuerName: DEFAULT_ISSUER_NAME },
    // Tests of the token set { mode: 'token', token }.
    metrics: { mode: 'open' },
    ...overrides,
  };
}
