// node scripts/check-web-budget.mjs [dist/web]: each learner route's first download, gzipped,
// against the budget of issue 8. Exits 1, naming the routes, when one is over, and when any staff
// code (issue 9: STAFF_SOURCES) is in the learner app's build.
import { join } from 'node:path';
import { BUDGET_BYTES, measureWebBudget, staffCodeInLearnerBuild } from './lib/web-budget.mjs';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist/web');
const routes = measureWebBudget(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
process.stdout.write(`[lane] learner JS, gzipped (budget ${kib(BUDGET_BYTES)}): ${routes.map((r) => `${r.route} ${kib(r.bytes)}`).join(', ')}\n`);
const staff = staffCodeInLearnerBuild(dist);
if (staff.length) {
  process.stderr.write(`[lane] staff code in the learner app's build (a learner would download it): ${staff.join(', ')}\n`);
  process.exit(1);
}
const over = routes.filter((r) => !r.ok);
if (over.length) {
  process.stderr.write(`[lane] over the learner JS budget of ${kib(BUDGET_BYTES)}: ${over.map((r) => `${r.route} ${kib(r.bytes)}`).join(', ')}\n`);
  process.exit(1);
}
