import type { DataSource } from 'typeorm';
import { COMPETENCE_AREAS, COURSE_CATEGORIES } from '@lms/contracts';
import type { PasswordHasher } from '@lms/server-identity';
import { RollupFold } from '@lms/server-reports';

export const LOAD_PASSWORD = 'lane-load-test-2026';
const PROVINCES = 18;
const DISTRICTS_PER_PROVINCE = 8;
const MINISTRIES = 20;
const DEPARTMENTS_PER_MINISTRY = 6;
const DIVISIONS_PER_DEPARTMENT = 3;
const CHUNK = 20_000;
const COURSES = 20;
/** Each ministry and province assigns this many of the courses to all its staff. */
const ASSIGNED_PER_UNIT = 6;
/** Each learner is enrolled in this many courses: the assigned ones of their ministry or province, and some chosen themselves. */
const ENROLMENTS_PER_LEARNER = 10;

/**
 * A national-scale population for benchmarks: 18 provinces of 8 districts, 20 ministries of
 * 6 departments of 3 divisions, and the learners spread over them. Every load learner shares
 * one password hash, so load tests can sign in as any of them. Then 20 published courses, six
 * assigned by each ministry and province with a due date, and ten enrolments per learner (200,000
 * learners make 2 million), in every state: about 45% completed, 25% in progress, the rest not
 * started, some overdue. Idempotent by code, email, slug and (user, course).
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
  await seedCourses(ds);
  await seedEnrolments(ds, log);
  log(`rollup: ${await new RollupFold(ds).fold()} enrolments counted`);
}

async function seedCourses(ds: DataSource): Promise<void> {
  const [owner] = await ds.query(
    `INSERT INTO users (email, employee_id, display_name, position, locale, org_unit_id)
     SELECT 'load.instructor@load.lane.test', 'LD-I', 'ອາຈານ', 'Instructor', 'lo', id FROM org_units WHERE code = 'LD-M1'
     ON CONFLICT (email) DO UPDATE SET email = EXCLUDED.email RETURNING id`,
  );
  await ds.query(
    `WITH c AS (
       INSERT INTO courses (slug, locale, owner_id, status, published_version)
       SELECT 'load-course-' || n, 'lo', $1, 'published', 1 FROM generate_series(1, $2::int) n
       ON CONFLICT (slug) DO NOTHING RETURNING id, substring(slug FROM 13)::int AS n)
     INSERT INTO course_versions (course_id, version, title, category, level, competences, published_at)
     SELECT id, 1, 'ຫຼັກສູດ ' || n, ($3::text[])[1 + n % array_length($3::text[], 1)], 'beginner',
            jsonb_build_array(jsonb_build_object('area', ($4::text[])[1 + n % array_length($4::text[], 1)], 'level', 'foundation')), now()
     FROM c`,
    [owner.id, COURSES, COURSE_CATEGORIES, COMPETENCE_AREAS],
  );
  await ds.query(
    `INSERT INTO assignments (course_id, org_unit_id, by_org, created_by, created_at, due_at)
     SELECT c.id, r.id, true, $1, now() - make_interval(days => ((r.n * 37 + k * 53) % 300)::int),
            now() - make_interval(days => ((r.n * 37 + k * 53) % 300)::int) + interval '60 days'
     FROM (SELECT id, row_number() OVER (ORDER BY code) AS n FROM org_units WHERE code ~ '^LD-[MP][0-9]+$') r
     CROSS JOIN generate_series(0, $2::int - 1) k
     JOIN courses c ON c.slug = 'load-course-' || (1 + (r.n * 7 + k) % $3::int)
     WHERE NOT EXISTS (SELECT 1 FROM assignments a WHERE a.course_id = c.id AND a.org_unit_id = r.id)`,
    [owner.id, ASSIGNED_PER_UNIT, COURSES],
  );
}

/** Learner i takes courses i, i+3, i+6, … (mod 20): ten distinct ones. The state of each comes from a hash of the pair. */
async function seedEnrolments(ds: DataSource, log: (msg: string) => void): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  let made = 0;
  for (;;) {
    const [page] = await ds.query(
      `SELECT max(id::text)::uuid AS last, count(*)::int AS n FROM (
         SELECT id FROM users WHERE email LIKE 'load.learner.%' AND id > $1 ORDER BY id LIMIT $2) p`,
      [after, CHUNK],
    );
    if (!page.n) break;
    const [{ n }] = await ds.query(
      `WITH made AS (
       INSERT INTO enrolments (user_id, course_id, course_version, assignment_id, enrolled_at, due_at, started_at, completed_at, progress_percent)
       SELECT id, course_id, 1, assignment_id, enrolled_at, due_at,
              CASE WHEN h < 70 THEN LEAST(now(), enrolled_at + make_interval(days => 1 + h % 5)) END,
              CASE WHEN h < 45 THEN LEAST(now(), enrolled_at + make_interval(days => 2 + h % 50)) END,
              CASE WHEN h < 45 THEN 100 WHEN h < 70 THEN 10 + h % 80 ELSE 0 END
       FROM (
         SELECT u.id, c.id AS course_id, a.id AS assignment_id, a.due_at,
                COALESCE(a.created_at, now() - make_interval(days => (abs(hashtext(u.id::text || c.id::text)) % 365)::int)) AS enrolled_at,
                abs(hashtext(c.id::text || u.id::text)) % 100 AS h
         FROM users u JOIN org_units ou ON ou.id = u.org_unit_id
         CROSS JOIN generate_series(0, $3::int - 1) j
         JOIN courses c ON c.slug = 'load-course-' || (1 + (substring(u.employee_id FROM 4)::int + 3 * j) % $4::int)
         LEFT JOIN assignments a ON a.course_id = c.id AND a.org_unit_id = split_part(ou.path, '/', 2)::uuid
         WHERE u.email LIKE 'load.learner.%' AND u.id > $1 AND u.id <= $2) x
       ON CONFLICT (user_id, course_id) DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM made`,
      [after, page.last, ENROLMENTS_PER_LEARNER, COURSES],
    );
    made += n;
    after = page.last;
    log(`enrolments: ${made} new`);
  }
}
