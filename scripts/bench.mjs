// npm run bench: builds, runs every benchmark in apps/bench/src (*.bench.ts), each beside a floor
// measured in the same run, and writes docs/benchmarks.md. `npm run bench -- grading` runs only the
// ones named; the figures of the others stay as last measured (kept in docs/benchmarks.json).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { bin, buildServer, installIfNeeded, log, ROOT, run } from './lib/run.mjs';

installIfNeeded();
log('building…');
buildServer();
run(bin('swc'), ['apps/bench/src', '-d', 'dist/server', '--config-file', '.swcrc', '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });

const only = process.argv.slice(2);
const benches = readdirSync(join(ROOT, 'apps/bench/src'))
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((name) => !only.length || only.includes(name));

const today = new Date().toISOString().slice(0, 10);
const results = [];
let failed = 0;
for (const name of benches) {
  log(`bench: ${name}…`);
  const out = spawnSync(process.execPath, [join(ROOT, 'dist/server/apps/bench/src', `${name}.bench.js`)], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = out.stdout.split('\n').filter((l) => l.startsWith('BENCH '));
  if (out.status !== 0 || !lines.length) {
    failed++;
    log(`bench ${name} failed (exit ${out.status})`);
  }
  // A benchmark that measured but missed its target (lighthouse) still has its figures recorded.
  for (const line of lines) results.push({ ...JSON.parse(line.slice(6)), measured: today });
}

// The figures of benchmarks not run this time stay as they were, with the day they were measured.
const JSON_FILE = join(ROOT, 'docs/benchmarks.json');
const previous = existsSync(JSON_FILE) ? JSON.parse(readFileSync(JSON_FILE, 'utf8')) : [];
// A benchmark file may report several figures, named "<file>.<part>" (exports.csv, exports.xlsx).
const fileOf = (r) => r.name.split('.')[0];
const ran = new Set(results.map(fileOf));
const order = readdirSync(join(ROOT, 'apps/bench/src')).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace(/\.bench\.ts$/, ''));
const all = [...previous.filter((r) => !ran.has(fileOf(r)) && order.includes(fileOf(r))), ...results].sort((a, b) => order.indexOf(fileOf(a)) - order.indexOf(fileOf(b)));

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const cpu = cpus();
const doc = `# Benchmarks

Written by \`npm run bench\`. Each figure is the median of
several runs and stands beside a floor measured in the same run, on the same data. The ratio is
Lane ÷ floor: for times, 1.0 would be as fast as the floor and 2.0 twice as slow.

Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}.

| benchmark | what | Lane | floor | floor is | ratio | runs | measured |
|---|---|---|---|---|---|---|---|
${all.map((r) => `| ${r.name} | ${r.what} | ${fmt(r.lane)} ${r.unit} | ${fmt(r.floor)} ${r.unit} | ${r.floorWhat} | ${r.ratio.toFixed(2)} | ${r.runs} | ${r.measured ?? 'before 2026-12-01'} |`).join('\n')}

${all.filter((r) => r.notes).map((r) => `- **${r.name}**: ${r.notes}`).join('\n')}
`;
if (results.length) {
  writeFileSync(join(ROOT, 'docs/benchmarks.md'), doc);
  writeFileSync(JSON_FILE, JSON.stringify(all, null, 2) + '\n');
}
log(`wrote docs/benchmarks.md (${results.length} measured now, ${all.length - results.length} kept)`);
process.exit(failed ? 1 : 0);
