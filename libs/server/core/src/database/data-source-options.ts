import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

/** The one place that says how the apps, the scripts and the tests reach PostgreSQL. */
export function dataSourceOptions(databaseUrl: string, entities: EntityList = []): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // No JIT: compiling a plan takes hundreds of milliseconds, more than any query Lane makes runs
    // (a ministry's summary went from 60 ms to 900 ms once its estimated cost crossed jit_above_cost).
    extra: { max: 20, application_name: 'lane', options: '-c jit=off' },
  };
}
