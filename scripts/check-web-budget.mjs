// node scripts/check-web-budget.mjs [dist/web] [baseline.json]: each learner route's first
// download, gzipped, against the budget of issue 8. Exits 1, naming the routes, when one is over;
// when any staff code (issue 9: STAFF_SOURCES) is in the learner app's build; and when the
// learner's initial download ('/') is larger than its recorded size (apps/web/learner-initial.json)
// by more than the churn of the lazy chunks' hashed names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_BYTES, measureWebBudget, staffCodeInLearnerBuild } from './lib/web-budget.mjs';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist/web');
const baselineFile = process.argv[3] ?? join(import.meta.dirname, '..', 'apps/web/learner-initial.json');
const routes = measureWebBudget(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
process.stdout.write(`[lane] learner JS, gzipped (budget ${kib(BUDGET_BYTES)}): ${routes.map((r) => `${r.route} ${kib(r.bytes)}`).join(', ')}\n`);
// Every failure is told, not only the first.
let failed = false;
const fail = (message) => {
  process.stderr.write(`[lane] ${message}\n`);
  failed = true;
};
const staff = staffCodeInLearnerBuild(dist);
if (staff.length) fail(`staff code in the learner app's build (a learner would download it): ${staff.join(', ')}`);
const over = routes.filter((r) => !r.ok);
if (over.length) fail(`over the learner JS budget of ${kib(BUDGET_BYTES)}: ${over.map((r) => `${r.route} ${kib(r.bytes)}`).join(', ')}`);
const initial = routes.find((r) => r.route === '/').bytes;
const baseline = JSON.parse(readFileSync(baselineFile, 'utf8')).bytes;
// The entry names the lazy chunks by content hash, so any change to any chunk moves its gzipped
// size by a few bytes either way; growth beyond that is code.
const HASH_CHURN_BYTES = 32;
if (initial > baseline + HASH_CHURN_BYTES) fail(`the learner's initial download grew: ${initial} bytes gzipped, recorded ${baseline} (${baselineFile}); if the learner app changed on purpose, record the new size there`);
else process.stdout.write(`[lane] learner initial download: ${initial} bytes gzipped (recorded ${baseline}${initial < baseline - HASH_CHURN_BYTES ? '; smaller: record the new size' : initial === baseline ? ', unchanged' : `, within ${HASH_CHURN_BYTES} bytes of hash churn`})\n`);
if (failed) process.exit(1);
