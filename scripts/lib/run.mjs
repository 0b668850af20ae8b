// Small helpers shared by the npm scripts. Node built-ins only: they run before npm ci.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function log(message) {
  process.stdout.write(`\x1b[36m[lane]\x1b[0m ${message}\n`);
}

/** Runs a command to completion, inheriting output; throws on a non-zero exit. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

/** Runs a command and resolves with its exit code, never throwing. */
export function runStatus(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** npm ci when node_modules is missing or older than the lock file. */
export function installIfNeeded() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

/** Compiles the API, worker, CLI and libraries with swc into dist/server (under a second). */
export function buildServer() {
  run(bin('swc'), ['apps/api/src', 'apps/worker/src', 'libs', '-d', 'dist/server', '--config-file', '.swcrc', '--quiet', '--ignore', '**/*.spec.ts,**/*.int-spec.ts,**/testing/**'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Builds the web app with Vite into dist/web, then holds each learner route's first download to
 * the budget (scripts/lib/web-budget.mjs): over it, the build fails.
 */
export function buildWeb() {
  run(bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
  // The staff app, into the same directory, after (the learner build empties it first).
  run(bin('vite'), ['build', '--config', 'apps/web/vite.staff.config.mts', '--logLevel', 'warn']);
  run(process.execPath, [join(ROOT, 'scripts/check-web-budget.mjs'), join(ROOT, 'dist/web')]);
}

export const CLI = join(ROOT, 'dist/server/apps/api/src/cli/main.js');
export const API_MAIN = join(ROOT, 'dist/server/apps/api/src/main.js');
export const WORKER_MAIN = join(ROOT, 'dist/server/apps/worker/src/main.js');
