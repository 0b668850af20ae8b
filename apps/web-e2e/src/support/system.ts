import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createTestDatabase, freePort, TEST_REDIS_URL, type TestDatabase } from '@lms/server-testing';

const ROOT = join(__dirname, '..', '..', '..', '..');
const DIST = join(ROOT, 'dist');

export interface RunningSystem {
  baseUrl: string;
  workerHealthUrl: string;
  db: TestDatabase;
  /** Sends SIGTERM to the API and the worker and resolves with their exit codes. */
  stop(): Promise<(number | null)[]>;
}

export const API_MAIN = join(DIST, 'server/apps/api/src/main.js');

/**
 * The built system as a user gets it from `npm start`: the compiled API serving the built web
 * app on one port, and the worker, on a fresh database seeded with the demo data.
 */
export async function startSystem(): Promise<RunningSystem> {
  const db = await createTestDatabase();
  const port = await freePort();
  const workerHealthPort = await freePort();
  const scormPort = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `lane-e2e-${port}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    WEB_DIST_DIR: join(DIST, 'web'),
    JWT_ACCESS_SECRET: 'e2e-secret-that-is-long-enough-for-hs256-0123456789',
    WORKER_HEALTH_PORT: String(workerHealthPort),
    // SCORM packages run on an origin of their own, another port (libs/server/scorm, content/):
    // a free one, as test files start systems side by side. The same host, so the same site, as
    // in production (scorm.lane.example beside lane.example), where the browser lets its frames
    // keep storage and a service worker.
    SCORM_PORT: String(scormPort),
    SCORM_ORIGIN: `http://127.0.0.1:${scormPort}`,
    LOG_LEVEL: 'warn',
  };
  const seeded = spawnSync(process.execPath, [join(DIST, 'server/apps/api/src/cli/main.js'), 'seed-demo'], { env, encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`seed-demo failed: ${seeded.stderr}`);
  const children: ChildProcess[] = ['apps/api/src/main.js', 'apps/worker/src/main.js'].map((main) =>
    spawn(process.execPath, [join(DIST, 'server', main)], { env, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${baseUrl}/api/v1/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 600 || children.some((c) => c.exitCode !== null)) {
      // Left running, the children would keep jest from ever exiting.
      for (const c of children) c.kill('SIGKILL');
      await db.drop();
      throw new Error('the API did not become healthy');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    workerHealthUrl: `http://127.0.0.1:${workerHealthPort}/health`,
    db,
    async stop() {
      const codes = await Promise.all(
        children.map(
          (c) =>
            new Promise<number | null>((resolve) => {
              if (c.exitCode !== null) return resolve(c.exitCode);
              c.once('exit', (code) => resolve(code));
              c.kill('SIGTERM');
            }),
        ),
      );
      await db.drop();
      return codes;
    },
  };
}

/** Debian's Chromium, headless, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
