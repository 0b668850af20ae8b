import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createFileStorage, dataSourceOptions, loadConfig, migrate, revertLastMigration } from '@lms/server-core';
import { Argon2PasswordHasher, ensureFirstAdmin, TypeOrmUsersRepository } from '@lms/server-identity';
import { TypeOrmOrgUnitsRepository } from '@lms/server-org';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed-demo';
import { seedLoad } from './seed-load';
import { seedDemoScorm } from './seed-demo-scorm';
import { seedStarterCourses } from './seed-starter-courses';

const USAGE = 'usage: lane-cli migrate | revert | seed-demo | seed-load --learners N';

async function withDataSource<T>(url: string, run: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await run(ds);
  } finally {
    await ds.destroy();
  }
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const [command, ...rest] = argv;
  const log = (msg: string) => process.stdout.write(`${msg}\n`);
  switch (command) {
    case 'migrate': {
      const applied = await migrate(config.databaseUrl);
      log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
      return;
    }
    case 'revert':
      await revertLastMigration(config.databaseUrl);
      log('reverted the newest migration');
      return;
    case 'seed-demo': {
      await migrate(config.databaseUrl);
      const hasher = new Argon2PasswordHasher();
      const report = await withDataSource(config.databaseUrl, async (ds) => {
        const seeded = await seedDemo(ds, hasher);
        // The contract: ADMIN_EMAIL and ADMIN_PASSWORD also create the first admin when the seed runs.
        if (config.admin) await ensureFirstAdmin(config.admin, { users: new TypeOrmUsersRepository(ds), orgUnits: new TypeOrmOrgUnitsRepository(ds), hasher });
        const storage = createFileStorage(config);
        const coursesImported = await seedStarterCourses(ds, storage, 'instructor@lane.demo', config.videoHosts);
        return { ...seeded, coursesImported, scormItemsAdded: await seedDemoScorm(ds, storage) };
      });
      log(`demo data: ${report.unitsCreated} org units, ${report.usersCreated} users, ${report.coursesImported} starter courses and ${report.scormItemsAdded} SCORM items created`);
      log(`demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => `${u.email} (${u.roles[0] ?? 'learner'})`).join(', ')}`);
      return;
    }
    case 'seed-load': {
      const i = rest.indexOf('--learners');
      const learners = i >= 0 ? Number(rest[i + 1]) : NaN;
      if (!Number.isInteger(learners) || learners < 1 || learners > 5_000_000) throw new Error(`--learners takes a whole number from 1 to 5000000\n${USAGE}`);
      await migrate(config.databaseUrl);
      await withDataSource(config.databaseUrl, (ds) => seedLoad(ds, new Argon2PasswordHasher(), learners, log));
      return;
    }
    default:
      throw new Error(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
