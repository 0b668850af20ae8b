import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lms/server-core';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestDataSource extends TestDatabase {
  ds: DataSource;
}

/**
 * A fresh database (createTestDatabase) with a TypeORM data source open on it, configured as the
 * apps configure theirs; `drop()` closes the data source, then drops the database. `pool` sizes
 * the connection pool, for a test that races many connections.
 */
export async function createTestDataSource(pool: { max?: number } = {}): Promise<TestDataSource> {
  const db = await createTestDatabase();
  const options = dataSourceOptions(db.url);
  const ds = await new DataSource({ ...options, extra: { ...options.extra, ...pool } }).initialize();
  return {
    ...db,
    ds,
    drop: async () => {
      await ds.destroy();
      await db.drop();
    },
  };
}
