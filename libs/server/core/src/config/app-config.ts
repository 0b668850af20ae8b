import type { SigningJwk } from './signing-key-config';

export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every BullMQ key, so that test runs and deployments sharing a Redis stay apart. */
  queuePrefix: string;
  admin: { email: string; password: string } | null;
  jwt: {
    accessSecret: string;
    issuer: string;
    audience: string;
    accessTtlSeconds: number;
  };
  refreshTtlDays: number;
  corsOrigins: string[];
  /** Largest JSON body accepted, in bytes; larger ones answer 413. */
  bodyLimitBytes: number;
  /** Largest uploaded file accepted, in bytes. */
  uploadLimitBytes: number;
  /** Directory of the built web app that the API serves beside /api, or null to serve none. */
  webDistDir: string | null;
  logLevel: string;
  workerHealthPort: number;
  /** How many certificate PDFs the worker renders at once, each in a child process (WORKER_PDF_PROCESSES). */
  workerPdfProcesses: number;
  /** Hosts lessons may embed video players from. */
  videoHosts: string[];
  /** Directory of the filesystem storage adapter (uploaded files). */
  storageDir: string;
  /** When set, uploaded files go to this S3-compatible store instead of storageDir. */
  s3: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
  /** Whether the client address is taken from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
  /** How outgoing email leaves: see MailConfig. */
  mail: MailConfig;
  /** The address people reach Lane at (no trailing slash): verify links and credential ids are built on it. */
  publicUrl: string;
  /**
   * Where Lane forwards the statements of its own learning events (xAPI 1.0.3), when set: the
   * other LRS's endpoint (ending in "/") and the HTTP Basic credentials it issued Lane.
   */
  xapiForward: { endpoint: string; key: string; secret: string } | null;
  /**
   * SCORM packages run on their own origin, never Lane's, so that package script cannot read the
   * learner's token: `origin` is where browsers reach it (SCORM_ORIGIN), `port` where the API
   * serves it (SCORM_PORT; 0 serves nothing, as in tests that inject requests).
   */
  scorm: { origin: string; port: number };
  certificates: {
    /** Ed25519 keys; the first signs, all are published (see parseSigningKeys). */
    signingKeys: SigningJwk[];
    /** The issuing institute, as certificates and credentials name it. */
    issuerName: { lo: string; en: string };
  };
  /** Who may read GET /metrics, on the API's port and the worker's health port: see MetricsConfig. */
  metrics: MetricsConfig;
}

/**
 * `token` when METRICS_TOKEN is set: a scraper sends it as a bearer token. Without one, `open`
 * outside production (a developer's Prometheus needs no secret) and `disabled` in production,
 * so that no deployment publishes its figures by forgetting a setting.
 */
export type MetricsConfig = { mode: 'token'; token: string } | { mode: 'open' } | { mode: 'disabled' };

/**
 * `smtp` when SMTP_URL is set; otherwise `dev-sink` outside production (an SMTP server inside the
 * process that owns the mail module, keeping each message as an .eml file) and `disabled` in
 * production (mail is dropped with a warning).
 */
export type MailConfig =
  | { mode: 'smtp'; smtpUrl: string; from: string }
  | { mode: 'dev-sink'; from: string; sink: { port: number; dir: string } }
  | { mode: 'disabled'; from: string };

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Video services whose links lessons may embed as players (EMBED_VIDEO_HOSTS overrides). */
export const DEFAULT_VIDEO_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com'];

/** Sender of every message unless MAIL_FROM says otherwise. */
export const DEFAULT_MAIL_FROM = 'Lane <no-reply@lane.local>';

/** The institute that issues certificates unless INSTITUTE_NAME_LO / INSTITUTE_NAME_EN say otherwise. */
export const DEFAULT_ISSUER_NAME = { lo: 'ສະຖາບັນ ICT, ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', en: 'ICT Institute, Ministry of Technology and Communications' };
