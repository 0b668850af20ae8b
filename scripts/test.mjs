// npm test: the whole suite. Installs if needed, builds, type-checks, lints, then runs every
// Jest project (unit, integration against the real PostgreSQL and Redis, web, end to end in
// Chromium) and ends with one line "N passed, N failed" totalled over all of them.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bin, buildServer, buildWeb, installIfNeeded, log, ROOT, run, runStatus } from './lib/run.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian packages the tests drive: Chromium for the browser tests, poppler-utils (pdftoppm, pdftotext) for the certificate PDFs. */
function ensureSystemTools() {
  const missing = [
    [CHROMIUM, 'chromium'],
    ['/usr/bin/pdftoppm', 'poppler-utils'],
  ].filter(([file]) => !existsSync(file));
  if (!missing.length) return;
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  if (process.getuid?.() === 0) {
    log(`installing Debian ${packages} for the tests…`);
    run('bash', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} >/dev/null`]);
    return;
  }
  throw new Error(`The tests need: sudo apt-get install ${packages} (or set CHROMIUM_PATH)`);
}

installIfNeeded();
ensureSystemTools();
log('building…');
buildServer();
buildWeb();

const checks = [];
async function check(name, command, args) {
  log(`${name}…`);
  const code = await runStatus(command, args, { env: { NX_DAEMON: 'false' } });
  checks.push({ name, ok: code === 0 });
}
await check('type-check (server, libs, tests)', bin('tsc'), ['-p', 'tsconfig.json']);
await check('type-check (web)', bin('tsc'), ['-p', 'apps/web/tsconfig.json']);
await check('type-check (e2e)', bin('tsc'), ['-p', 'apps/web-e2e/tsconfig.json']);
// The boundary rule needs Nx's project graph; `npm run lint` computes it first and treats the
// rule's "no graph, skipped" warning as a failure.
await check('lint', 'npm', ['run', '--silent', 'lint']);

const output = join(ROOT, 'test-output');
mkdirSync(output, { recursive: true });
let passed = 0;
let failed = 0;
/** One jest run, its counts added to the totals. */
async function jest(name, args) {
  const report = join(output, `jest-${name}.json`);
  rmSync(report, { force: true });
  // Paths given to `npm test --` go first: --selectProjects takes every word after it as a project.
  const code = await runStatus(bin('jest'), ['--ci', '--json', '--passWithNoTests', `--outputFile=${report}`, ...process.argv.slice(2), ...args]);
  let runFailed = 1;
  if (existsSync(report)) {
    const results = JSON.parse(readFileSync(report, 'utf8'));
    passed += results.numPassedTests;
    runFailed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  }
  failed += code !== 0 && runFailed === 0 ? 1 : runFailed;
}
log('jest: unit, integration, web and e2e…');
await jest('main', ['--maxWorkers=2', '--selectProjects', 'unit', 'integration', 'web', 'e2e']);
// The fault drills load the whole machine (a worker process grading thousands of attempts), so
// they run alone, after the rest, instead of starving the suites beside them.
log('jest: fault drills…');
await jest('drills', ['--runInBand', '--selectProjects', 'drills']);
for (const c of checks) {
  if (c.ok) passed++;
  else {
    failed++;
    log(`FAILED: ${c.name}`);
  }
}
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
