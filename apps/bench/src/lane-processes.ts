import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { Redis } from 'ioredis';
import type { Role } from '@lms/contracts';
import { AccessTokenModule, ConfigModule, loadConfig, type AccessTokenClaims } from '@lms/server-core';

/** dist/server, where `npm run bench` puts the compiled API, worker and these files. */
export const DIST_SERVER = join(__dirname, '..', '..', '..');
export const API_MAIN = join(DIST_SERVER, 'apps/api/src/main.js');
export const WORKER_MAIN = join(DIST_SERVER, 'apps/worker/src/main.js');
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Every child this benchmark started, so that a crash still kills them (by pid, nothing broader). */
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/**
 * Starts a Node process. BENCH_NODE_ARGS adds arguments to every process started here, to find where
 * the time goes: e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" writes V8 CPU profiles.
 */
export function spawnNode(main: string, env: NodeJS.ProcessEnv): ChildProcess {
  const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...extra, main], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** SIGTERM, then SIGKILL if it has not gone after a while; resolves with the exit code. */
export function stopProcess(child: ChildProcess, graceMs = 20_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the process exited with ${child.exitCode} before answering`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** The environment of Lane's API and worker for a benchmark: production mode, a fresh secret, quiet logs. */
export interface LaneEnv {
  env: NodeJS.ProcessEnv;
  /** Removes the storage directory. */
  cleanup(): void;
}

export function laneEnv(databaseUrl: string, queuePrefix: string): LaneEnv {
  const storage = mkdtempSync(join(tmpdir(), 'lane-bench-storage-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    HOST: '127.0.0.1',
    WEB_DIST_DIR: '',
    STORAGE_DIR: storage,
    JWT_ACCESS_SECRET: randomBytes(48).toString('base64url'),
    JWT_ACCESS_TTL_SECONDS: '3600',
    CERTIFICATE_SIGNING_KEYS: JSON.stringify([generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' })]),
    PUBLIC_URL: 'http://127.0.0.1',
    // No SCORM in the benchmarks: no content origin to serve.
    SCORM_ORIGIN: 'http://localhost:9',
    SCORM_PORT: '0',
    LOG_LEVEL: 'warn',
  };
  return { env, cleanup: () => rmSync(storage, { recursive: true, force: true }) };
}

export interface RunningApi {
  baseUrl: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

export async function startApi(env: NodeJS.ProcessEnv): Promise<RunningApi> {
  const port = await freePort();
  const child = spawnNode(API_MAIN, { ...env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/api/v1/health`, child);
  return { baseUrl, child, stop: () => stopProcess(child) };
}

export async function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return spawnNode(WORKER_MAIN, { ...env, WORKER_HEALTH_PORT: String(await freePort()) });
}

@Module({})
class BenchTokensModule {}

export interface TokenUser {
  id: string;
  orgUnitId: string;
  roles: Role[];
}

/**
 * Access tokens signed by the app's own AccessTokenModule (HS256, issuer, audience and lifetime
 * from the same config the API loads), instead of thousands of argon2 logins.
 */
export async function mintAccessTokens(env: NodeJS.ProcessEnv, users: TokenUser[]): Promise<string[]> {
  const config = loadConfig(env);
  const app = await NestFactory.createApplicationContext({ module: BenchTokensModule, imports: [ConfigModule.forRoot(config), AccessTokenModule] }, { logger: false });
  try {
    const jwt = app.get(JwtService);
    return Promise.all(
      users.map((u) => {
        const claims: AccessTokenClaims = { sub: u.id, roles: u.roles, org: u.orgUnitId, locale: 'lo', typ: 'access', sid: randomUUID() };
        return jwt.signAsync(claims);
      }),
    );
  } finally {
    await app.close();
  }
}

/** Deletes every key under one BullMQ prefix (and nothing else). */
export async function clearRedisPrefix(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let removed = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) removed += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return removed;
}

/** p-th percentile (nearest rank) of a list of numbers. */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); null elsewhere or once it has gone. */
export function cpuMsOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100;

/**
 * CPU used by one process and by the PostgreSQL backends serving one database (other than the
 * benchmark's own connections, application_name 'lane-bench'), between start() and stop().
 */
export class CpuMeter {
  private before = new Map<number, number>();
  private processBefore = 0;

  constructor(
    private readonly db: { query(sql: string): Promise<{ rows: { pid: number }[] }> },
    private readonly pid: () => number | undefined,
  ) {}

  private async backends(): Promise<number[]> {
    const { rows } = await this.db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name <> 'lane-bench'`);
    return rows.map((r) => r.pid);
  }

  async start(): Promise<void> {
    this.before = new Map();
    for (const pid of await this.backends()) this.before.set(pid, cpuMsOf(pid) ?? 0);
    this.processBefore = cpuMsOf(this.pid()) ?? 0;
  }

  /** Call while the process is still running. */
  async stop(): Promise<{ processMs: number; postgresMs: number } | null> {
    const processNow = cpuMsOf(this.pid());
    if (processNow === null) return null;
    let postgresMs = 0;
    for (const pid of await this.backends()) postgresMs += (cpuMsOf(pid) ?? 0) - (this.before.get(pid) ?? 0);
    return { processMs: processNow - this.processBefore, postgresMs };
  }
}
