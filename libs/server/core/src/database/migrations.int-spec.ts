import { Client } from 'pg';
import { adminQuery, databaseUrl } from '@lms/server-testing';
import { migrate, revertLastMigration } from './migrate';
import { MIGRATIONS } from './migrations';

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return rows.map((r) => r.tablename);
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  const name = `${process.env.LANE_TEST_RUN}_migrations`;
  const url = databaseUrl(name);
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it('create a missing database, apply every migration, revert each, and apply again', async () => {
    expect(await migrate(url)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await tables(url)).toEqual(expect.arrayContaining(['org_units', 'users', 'refresh_tokens', 'login_throttles', 'outbox', 'migrations', 'courses', 'course_versions', 'course_item_revisions', 'enrolments', 'assignments', 'item_completions', 'notifications']));
    expect(await migrate(url)).toEqual([]);
    for (let i = 0; i < MIGRATIONS.length; i++) await revertLastMigration(url);
    expect(await tables(url)).toEqual(['migrations']);
    expect(await migrate(url)).toHaveLength(MIGRATIONS.length);
  });
});
