// npm run db:migrate | db:revert | seed:demo | seed:load -- --learners N
import { buildServer, CLI, installIfNeeded, run } from './lib/run.mjs';

const [command, ...rest] = process.argv.slice(2);
installIfNeeded();
buildServer();
try {
  run(process.execPath, [CLI, command, ...rest]);
} catch {
  process.exit(1);
}
