import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@lms/server-core';
import { TypeOrmEnrolmentsRepository } from '@lms/server-enrolments';
import { median, report, timeMs, withBenchDatabase } from './harness';

const LEARNERS = Number(process.env.BENCH_ASSIGN_LEARNERS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * Assigning a course to a ministry of 50,000 people: Lane's job (rule matching, batches of 5,000,
 * ON CONFLICT, adoption of self-enrolments, one notification each) against a bare
 * INSERT … SELECT of the same enrolment rows.
 */
async function main() {
  await withBenchDatabase('assignment', async (url) => {
    const ds = await new DataSource(dataSourceOptions(url)).initialize();
    try {
      const [unit] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MOHA', 'ກະຊວງພາຍໃນ', 'Home Affairs', 'ministry', '/MOHA/') RETURNING id`);
      await ds.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'u' || g || '@moha.gov.la', 'ພະນັກງານ ' || g, $1 FROM generate_series(1, $2) g`, [unit.id, LEARNERS]);
      const [owner] = await ds.query(`SELECT id FROM users LIMIT 1`);
      const [course] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('bench', 'lo', $1, 'published', 1) RETURNING id`, [owner.id]);
      await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'Bench', 'cybersecurity', 'beginner')`, [course.id]);
      await ds.query(`ANALYZE`);
      const repo = new TypeOrmEnrolmentsRepository(ds);
      const reset = () => ds.query(`TRUNCATE enrolments, notifications CASCADE`);
      const lane: number[] = [];
      const floor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await reset();
        floor.push(await timeMs(() => ds.query(`INSERT INTO enrolments (user_id, course_id, course_version) SELECT id, $1, 1 FROM users WHERE org_unit_id = $2`, [course.id, unit.id])));
        await reset();
        const { assignmentId } = await repo.createAssignment({ courseId: course.id, orgUnitId: unit.id, byOrg: true, position: null, userIds: [], dueAt: null, dueInDays: 30, recurrenceMonths: null, createdBy: owner.id });
        lane.push(await timeMs(() => repo.applyAssignment(assignmentId)));
        const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM enrolments`);
        if (n !== LEARNERS) throw new Error(`expected ${LEARNERS} enrolments, found ${n}`);
      }
      report({
        name: 'assignment',
        what: `assign one course to ${LEARNERS.toLocaleString('en')} users (apply-assignment job)`,
        unit: 'ms',
        runs: RUNS,
        lane: median(lane),
        floor: median(floor),
        floorWhat: 'bare INSERT … SELECT of the same enrolment rows',
        ratio: median(lane) / median(floor),
        notes: 'Lane also writes one in-app notification per enrolment, batches by 5,000 and is idempotent.',
      });
    } finally {
      await ds.destroy();
    }
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
