import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { DEFAULT_ISSUER_NAME, DEFAULT_MAIL_FROM, DEFAULT_VIDEO_HOSTS, type AppConfig, type MailConfig, type MetricsConfig, type NodeEnv } from './app-config';
import { ConfigError } from './config-error';
import { loadOrCreateDevSecrets, type DevSecrets } from './dev-secrets';
import { parseSigningKeys, type SigningJwk } from './signing-key-config';

type Env = Record<string, string | undefined>;

const PLACEHOLDER_WORDS = ['secret', 'password', 'default', 'test', 'dev', 'admin', 'jwt', 'xxx', 'todo'];
const PLACEHOLDER_FRAGMENTS = ['changeme', 'change-me', 'change_me', 'change-this', 'placeholder', 'example', 'your-secret', 'insert'];
const MIN_SECRET_LENGTH = 32;

/** True when a value looks copied from an example file rather than chosen. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (PLACEHOLDER_WORDS.includes(v)) return true;
  if (PLACEHOLDER_FRAGMENTS.some((f) => v.includes(f))) return true;
  return new Set(v).size <= 2;
}

/** A production secret must be long and chosen; the problem never repeats the value. */
function checkStrongSecret(name: string, value: string, problems: string[]): void {
  if (value.length < MIN_SECRET_LENGTH) problems.push(`${name} must be at least ${MIN_SECRET_LENGTH} characters`);
  else if (isPlaceholder(value)) problems.push(`${name} is a placeholder; generate one with: openssl rand -base64 48`);
}

function int(env: Env, name: string, fallback: number, problems: string[], min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    return fallback;
  }
  return n;
}

function url(env: Env, name: string, fallback: string, protocols: string[], problems: string[]): string {
  const value = env[name] || fallback;
  try {
    const parsed = new URL(value);
    if (!protocols.includes(parsed.protocol)) problems.push(`${name} must use ${protocols.join(' or ')}, got "${parsed.protocol}"`);
  } catch {
    problems.push(`${name} is not a valid URL`);
  }
  return value;
}

function s3Config(env: Env, problems: string[]): AppConfig['s3'] {
  if (!env.S3_BUCKET) return null;
  if (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY) {
    problems.push('S3_BUCKET needs S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
    return null;
  }
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION || 'us-east-1',
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
  };
}

/** XAPI_FORWARD_URL with XAPI_FORWARD_KEY and XAPI_FORWARD_SECRET: all three or none; https and a real secret in production. */
function xapiForwardConfig(env: Env, production: boolean, problems: string[]): AppConfig['xapiForward'] {
  const { XAPI_FORWARD_URL: endpoint, XAPI_FORWARD_KEY: key, XAPI_FORWARD_SECRET: secret } = env;
  if (!endpoint && !key && !secret) return null;
  if (!endpoint || !key || !secret) {
    problems.push('XAPI_FORWARD_URL, XAPI_FORWARD_KEY and XAPI_FORWARD_SECRET must be set together');
    return null;
  }
  url(env, 'XAPI_FORWARD_URL', endpoint, production ? ['https:'] : ['http:', 'https:'], problems);
  if (production && isPlaceholder(secret)) problems.push('XAPI_FORWARD_SECRET is a placeholder; use the secret the other LRS issued');
  return { endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`, key, secret };
}

/**
 * SCORM_ORIGIN (required in production, on PUBLIC_URL's scheme, and never Lane's own origin) and
 * SCORM_PORT. Development serves it on port 3002 of the public host.
 */
function scormConfig(env: Env, production: boolean, publicUrl: string, problems: string[]): AppConfig['scorm'] {
  const port = int(env, 'SCORM_PORT', 3002, problems, 0, 65535);
  let lane: URL;
  try {
    lane = new URL(publicUrl);
  } catch {
    return { origin: '', port }; // PUBLIC_URL is reported already
  }
  if (production && !env.SCORM_ORIGIN) {
    problems.push('SCORM_ORIGIN is required in production: the address of the separate origin SCORM packages run on (e.g. https://scorm.lane.mtc.gov.la), proxied to SCORM_PORT');
    return { origin: '', port };
  }
  const raw = url(env, 'SCORM_ORIGIN', `${lane.protocol}//${lane.hostname}:${port}`, production ? [lane.protocol] : ['http:', 'https:'], problems);
  let origin: string;
  try {
    origin = new URL(raw).origin;
  } catch {
    return { origin: '', port }; // reported by url()
  }
  if (origin === lane.origin) problems.push("SCORM_ORIGIN must differ from PUBLIC_URL: package script on Lane's own origin could act as the learner");
  return { origin, port };
}

/** METRICS_TOKEN: a bearer token for /metrics, strong in production; without it see MetricsConfig. */
function metricsConfig(env: Env, production: boolean, problems: string[]): MetricsConfig {
  const token = env.METRICS_TOKEN?.trim();
  if (!token) return production ? { mode: 'disabled' } : { mode: 'open' };
  if (production) checkStrongSecret('METRICS_TOKEN', token, problems);
  return { mode: 'token', token };
}

/** `address@host` or `Display Name <address@host>`; the display name may be any script (it is MIME-encoded). */
const MAIL_FROM_PATTERN = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

function mailConfig(env: Env, production: boolean, problems: string[]): MailConfig {
  const from = (env.MAIL_FROM || DEFAULT_MAIL_FROM).trim();
  if (!MAIL_FROM_PATTERN.test(from)) problems.push(`MAIL_FROM must be an address or "Name <address>", got "${from}"`);
  const smtpUrl = env.SMTP_URL?.trim();
  if (smtpUrl) {
    // The URL carries the SMTP password, so no problem message repeats it.
    let parsed: URL | null = null;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      problems.push('SMTP_URL is not a valid URL; expected smtp://user:pass@host:587 or smtps://user:pass@host:465');
    }
    if (parsed && !['smtp:', 'smtps:'].includes(parsed.protocol)) problems.push(`SMTP_URL must use smtp: or smtps:, got "${parsed.protocol}"`);
    else if (parsed && !parsed.hostname) problems.push('SMTP_URL has no host');
    return { mode: 'smtp', smtpUrl, from };
  }
  if (production) return { mode: 'disabled', from };
  return {
    mode: 'dev-sink',
    from,
    sink: { port: int(env, 'MAIL_SINK_PORT', 1025, problems, 1, 65535), dir: resolve(env.MAIL_SINK_DIR || '.lane/mail') },
  };
}

/**
 * Reads and validates the whole configuration from the environment. In production a missing or
 * placeholder secret stops the start; elsewhere missing secrets are generated and kept in
 * LANE_SECRETS_FILE (default .lane/secrets.json, git-ignored).
 */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnvRaw = env.NODE_ENV || 'development';
  if (!['development', 'test', 'production'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, test or production, got "${nodeEnvRaw}"`);
  }
  const nodeEnv = nodeEnvRaw as NodeEnv;
  const production = nodeEnv === 'production';

  let devSecrets: DevSecrets | null = null;
  const dev = () => (devSecrets ??= loadOrCreateDevSecrets(resolve(env.LANE_SECRETS_FILE || '.lane/secrets.json')));

  let accessSecret = env.JWT_ACCESS_SECRET ?? '';
  if (production) {
    if (!accessSecret) problems.push('JWT_ACCESS_SECRET is required in production (at least 32 random characters)');
    else checkStrongSecret('JWT_ACCESS_SECRET', accessSecret, problems);
  } else if (!accessSecret) {
    accessSecret = dev().jwtAccessSecret;
  }

  let signingKeys: SigningJwk[] = [];
  if (env.CERTIFICATE_SIGNING_KEYS) signingKeys = parseSigningKeys(env.CERTIFICATE_SIGNING_KEYS, problems);
  else if (production) problems.push('CERTIFICATE_SIGNING_KEYS is required in production: a JSON array of Ed25519 JWKs, the signing one first (npm run --silent keys:new makes one)');
  else signingKeys = parseSigningKeys(JSON.stringify([dev().certificateKey]), problems);

  const publicUrl = url(env, 'PUBLIC_URL', `http://localhost:${Number(env.PORT) || 3000}`, ['http:', 'https:'], problems).replace(/\/+$/, '');
  if (production && !env.PUBLIC_URL) problems.push('PUBLIC_URL is required in production: certificates print links to it (e.g. https://lane.mtc.gov.la)');

  let admin: AppConfig['admin'] = null;
  const adminEmail = env.ADMIN_EMAIL?.trim();
  const adminPassword = env.ADMIN_PASSWORD ?? '';
  if (adminEmail || adminPassword) {
    if (!adminEmail || !adminPassword) problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
    else if (!/^[^\s@]+@[^\s@]+$/.test(adminEmail)) problems.push('ADMIN_EMAIL is not an email address');
    else if (production && (isPlaceholder(adminPassword) || adminPassword.length < 12)) {
      problems.push('ADMIN_PASSWORD is a placeholder or shorter than 12 characters; choose a strong one in production');
    } else admin = { email: adminEmail.toLowerCase(), password: adminPassword };
  }

  const config: AppConfig = {
    nodeEnv,
    port: int(env, 'PORT', 3000, problems, 1, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/lane', ['postgres:', 'postgresql:'], problems),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:'], problems),
    queuePrefix: env.QUEUE_PREFIX || 'lane',
    admin,
    jwt: {
      accessSecret,
      issuer: env.JWT_ISSUER || 'lane',
      audience: env.JWT_AUDIENCE || 'lane-api',
      accessTtlSeconds: int(env, 'JWT_ACCESS_TTL_SECONDS', 15 * 60, problems, 30, 24 * 3600),
    },
    refreshTtlDays: int(env, 'REFRESH_TTL_DAYS', 30, problems, 1, 365),
    corsOrigins: (env.CORS_ORIGINS || '').split(',').map((s) => s.trim()).filter(Boolean),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1024 * 1024, problems, 1024),
    uploadLimitBytes: int(env, 'UPLOAD_LIMIT_BYTES', 20 * 1024 * 1024, problems, 1024),
    webDistDir: env.WEB_DIST_DIR === '' ? null : resolve(env.WEB_DIST_DIR || 'dist/web'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    workerHealthPort: int(env, 'WORKER_HEALTH_PORT', 3001, problems, 0, 65535),
    // The cores a pod may use, not the node's (which availableParallelism counts): set it in a container.
    workerPdfProcesses: int(env, 'WORKER_PDF_PROCESSES', Math.max(1, availableParallelism() - 1), problems, 1, 64),
    storageDir: resolve(env.STORAGE_DIR || '.lane/storage'),
    videoHosts: env.EMBED_VIDEO_HOSTS !== undefined ? env.EMBED_VIDEO_HOSTS.split(',').map((h) => h.trim()).filter(Boolean) : DEFAULT_VIDEO_HOSTS,
    s3: s3Config(env, problems),
    trustProxy: env.TRUST_PROXY === 'true',
    mail: mailConfig(env, production, problems),
    publicUrl,
    xapiForward: xapiForwardConfig(env, production, problems),
    scorm: scormConfig(env, production, publicUrl, problems),
    certificates: {
      signingKeys,
      issuerName: { lo: env.INSTITUTE_NAME_LO || DEFAULT_ISSUER_NAME.lo, en: env.INSTITUTE_NAME_EN || DEFAULT_ISSUER_NAME.en },
    },
    metrics: metricsConfig(env, production, problems),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
