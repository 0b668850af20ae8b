import type { DataSource } from 'typeorm';
import type { PasswordHasher } from '@lms/server-identity';

export const LOAD_PASSWORD = 'lane-load-test-2026';
const PROVINCES = 18;
const DISTRICTS_PER_PROVINCE = 8;
const MINISTRIES = 20;
const DEPARTMENTS_PER_MINISTRY = 6;
const DIVISIONS_PER_DEPARTMENT = 3;
const CHUNK = 20_000;

/**
 * A national-scale population for benchmarks: 18 provinces of 8 districts, 20 ministries of
 * 6 departments of 3 divisions, and the learners spread over them. Every load learner shares
 * one password hash, so load tests can sign in as any of them. Idempotent by code and email.
 */
export async function seedLoad(ds: DataSource, hasher: PasswordHasher, learners: number, log: (msg: string) => void): Promise<void> {
  await ds.transaction(async (m) => {
    const unit = (code: string, lo: string, en: string, kind: string, parent: string | null) =>
      m.query(
        `INSERT INTO org_units (id, code, name_lo, name_en, kind, parent_id, path)
         SELECT gen.id, $1::varchar, $2::varchar, $3::varchar, $4::varchar, parent.id, COALESCE(parent.path, '/') || gen.id::text || '/'
         FROM (SELECT gen_random_uuid() AS id) gen LEFT JOIN org_units parent ON parent.code = $5::varchar
         WHERE NOT EXISTS (SELECT 1 FROM org_units WHERE code = $1::varchar)`,
        [code, lo, en, kind, parent],
      );
    for (let p = 1; p <= PROVINCES; p++) {
      await unit(`LD-P${p}`, `ແຂວງ ${p}`, `Province ${p}`, 'province', null);
      for (let d = 1; d <= DISTRICTS_PER_PROVINCE; d++) await unit(`LD-P${p}-D${d}`, `ເມືອງ ${p}.${d}`, `District ${p}.${d}`, 'district', `LD-P${p}`);
    }
    for (let mi = 1; mi <= MINISTRIES; mi++) {
      await unit(`LD-M${mi}`, `ກະຊວງ ${mi}`, `Ministry ${mi}`, 'ministry', null);
      for (let de = 1; de <= DEPARTMENTS_PER_MINISTRY; de++) {
        await unit(`LD-M${mi}-G${de}`, `ກົມ ${mi}.${de}`, `Department ${mi}.${de}`, 'department', `LD-M${mi}`);
        for (let dv = 1; dv <= DIVISIONS_PER_DEPARTMENT; dv++) {
          await unit(`LD-M${mi}-G${de}-V${dv}`, `ພະແນກ ${mi}.${de}.${dv}`, `Division ${mi}.${de}.${dv}`, 'division', `LD-M${mi}-G${de}`);
        }
      }
    }
  });
  const leaves: { id: string }[] = await ds.query(`SELECT id FROM org_units WHERE code ~ '^LD-(P[0-9]+-D|M[0-9]+-G[0-9]+-V)' ORDER BY code`);
  const hash = await hasher.hash(LOAD_PASSWORD);
  let created = 0;
  for (let start = 0; start < learners; start += CHUNK) {
    const count = Math.min(CHUNK, learners - start);
    const rows: unknown[] = await ds.query(
      `INSERT INTO users (email, employee_id, display_name, position, locale, org_unit_id, password_hash, password_changed_at)
       SELECT 'load.learner.' || i || '@load.lane.test', 'LD-' || i, 'ຜູ້ຮຽນ ' || i, 'Officer',
              CASE WHEN i % 4 = 0 THEN 'en' ELSE 'lo' END, ($3::uuid[])[1 + i % array_length($3::uuid[], 1)], $4, now()
       FROM generate_series($1::int, $2::int) AS i
       ON CONFLICT DO NOTHING RETURNING id`,
      [start, start + count - 1, leaves.map((l) => l.id), hash],
    );
    created += rows.length;
    log(`learners: ${start + count}/${learners} (${created} new)`);
  }
}
