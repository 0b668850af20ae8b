// npm start: install if needed, build, migrate, seed the demo data, then serve the API (with the
// web app on the same port) and the worker until Ctrl-C.
import { spawn } from 'node:child_process';
import { API_MAIN, buildServer, buildWeb, CLI, installIfNeeded, log, ROOT, run, WORKER_MAIN } from './lib/run.mjs';

const port = process.env.PORT || '3000';
installIfNeeded();
log('building…');
buildServer();
buildWeb();
log('migrating and seeding demo data…');
run(process.execPath, [CLI, 'seed-demo']);

const children = [
  ['api', API_MAIN, {}],
  ['worker', WORKER_MAIN, { WORKER_HEALTH_PORT: process.env.WORKER_HEALTH_PORT || String(Number(port) + 1) }],
].map(([name, main, env]) => {
  const child = spawn(process.execPath, [main], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, PORT: port, ...env } });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`${name} stopped (${code ?? signal}); shutting down`);
    stop(1);
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(() => process.exit(code));
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

if (await waitForHealth()) {
  log(`Lane is running at http://localhost:${port}  (API docs: http://localhost:${port}/api/docs)`);
  log('demo logins, password "lane-demo-2026" (development only):');
  for (const [email, role] of [
    ['admin@lane.demo', 'admin'],
    ['instructor@lane.demo', 'instructor'],
    ['hr@lane.demo', 'HR manager, Ministry of Finance'],
    ['learner@lane.demo', 'learner, Budget Department'],
  ]) log(`  ${email.padEnd(24)} ${role}`);
  log('press Ctrl-C to stop');
} else {
  log('the API did not become healthy in 60 s; see the logs above');
  stop(1);
}
