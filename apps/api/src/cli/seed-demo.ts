import type { DataSource } from 'typeorm';
import { normaliseRoles, type PasswordHasher } from '@lms/server-identity';
import { DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS, demoLearners } from './demo-data';

export interface SeedReport {
  unitsCreated: number;
  usersCreated: number;
}

/**
 * Idempotent: creates what is missing and leaves what exists alone (a demo user who changed
 * their password keeps it). Runs in one transaction.
 */
export async function seedDemo(ds: DataSource, hasher: PasswordHasher): Promise<SeedReport> {
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  return ds.transaction(async (m) => {
    let unitsCreated = 0;
    for (const unit of DEMO_UNITS) {
      const rows: unknown[] = await m.query(
        `INSERT INTO org_units (id, code, name_lo, name_en, kind, parent_id, path)
         SELECT gen.id, $1::varchar, $2::varchar, $3::varchar, $4::varchar, parent.id, COALESCE(parent.path, '/') || gen.id::text || '/'
         FROM (SELECT gen_random_uuid() AS id) gen
         LEFT JOIN org_units parent ON parent.code = $5::varchar
         WHERE NOT EXISTS (SELECT 1 FROM org_units WHERE code = $1::varchar)
         RETURNING id`,
        [unit.code, unit.lo, unit.en, unit.kind, unit.parent ?? null],
      );
      unitsCreated += rows.length;
    }
    let usersCreated = 0;
    for (const user of [...DEMO_USERS, ...demoLearners()]) {
      const rows: unknown[] = await m.query(
        `INSERT INTO users (email, employee_id, display_name, position, locale, org_unit_id, roles, password_hash, password_changed_at)
         SELECT $1, $2, $3, $4, $5, ou.id, $7::text[], $8, now() FROM org_units ou WHERE ou.code = $6
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [user.email, user.employeeId, user.displayName, user.position, user.locale, user.unit, normaliseRoles(user.roles), passwordHash],
      );
      usersCreated += rows.length;
    }
    return { unitsCreated, usersCreated };
  });
}

export { DEMO_PASSWORD, DEMO_USERS };
