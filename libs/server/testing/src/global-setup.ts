// Global setup runs outside jest's module mapping, so it reaches core by a relative path.
import { migrate } from '../../core/src/database/migrate';
import { adminQuery, databaseUrl, TEMPLATE_ENV } from './test-database';

/**
 * Once per jest run: a migrated template database named for this run, from which each test
 * file clones its own. Databases left behind by runs more than a day old are dropped.
 */
export default async function globalSetup(): Promise<void> {
  const run = `lane_t${Date.now().toString(36)}${process.pid}`;
  const template = `${run}_template`;
  const stale = await adminQuery<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname ~ '^lane_t[a-z0-9]+_' AND datname < $1`,
    [`lane_t${(Date.now() - 86_400_000).toString(36)}`],
  );
  for (const { datname } of stale) await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await migrate(databaseUrl(template));
  process.env[TEMPLATE_ENV] = template;
  process.env.LANE_TEST_RUN = run;
}
