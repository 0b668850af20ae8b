import { adminQuery } from './test-database';

/** Drops the template and any database a test file failed to drop. */
export default async function globalTeardown(): Promise<void> {
  const run = process.env.LANE_TEST_RUN;
  if (!run) return;
  const dbs = await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${run}\\_%`]);
  for (const { datname } of dbs) await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
}
