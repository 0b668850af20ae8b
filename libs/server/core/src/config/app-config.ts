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
  /** Hosts lessons may embed video players from. */
  videoHosts: string[];
  /** Directory of the filesystem storage adapter (uploaded files). */
  storageDir: string;
  /** When set, uploaded files go to this S3-compatible store instead of storageDir. */
  s3: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
  /** Whether the client address is taken from X-Forwarded-For (only behind a trusted proxy). */
  trustProxy: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Video services whose links lessons may embed as players (EMBED_VIDEO_HOSTS overrides). */
export const DEFAULT_VIDEO_HOSTS = ['www.youtube-nocookie.com', 'player.vimeo.com'];
