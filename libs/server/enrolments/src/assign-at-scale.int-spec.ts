import { DataSource } from 'typeorm';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { TypeOrmEnrolmentsRepository } from './typeorm-enrolments.repository';

const LEARNERS = 50_000;

describe('assigning a course to 50,000 people (real PostgreSQL)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  let repo: TypeOrmEnrolmentsRepository;
  let assignmentId: string;

  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
    repo = new TypeOrmEnrolmentsRepository(ds);
    const [ministry] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MOHA', 'ກະຊວງພາຍໃນ', 'Home Affairs', 'ministry', '/MOHA/') RETURNING id`);
    const [elsewhere] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MOF', 'ກະຊວງການເງິນ', 'Finance', 'ministry', '/MOF/') RETURNING id`);
    await ds.query(
      `INSERT INTO users (email, display_name, org_unit_id) SELECT 'u' || g || '@moha.gov.la', 'ພະນັກງານ ' || g, $1 FROM generate_series(1, $2) g`,
      [ministry.id, LEARNERS],
    );
    await ds.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'f' || g || '@mof.gov.la', 'x', $1 FROM generate_series(1, 100) g`, [elsewhere.id]);
    const [owner] = await ds.query(`SELECT id FROM users LIMIT 1`);
    const [course] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, published_version) VALUES ('security', 'lo', $1, 'published', 1) RETURNING id`, [owner.id]);
    await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, 1, 'ຄວາມປອດໄພ', 'cybersecurity', 'beginner')`, [course.id]);
    // Some were enrolled already, by themselves.
    await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version) SELECT id, $1, 1 FROM users WHERE email LIKE 'u%' ORDER BY email LIMIT 1000`, [course.id]);
    ({ assignmentId } = await repo.createAssignment({
      courseId: course.id,
      orgUnitId: ministry.id,
      byOrg: true,
      position: null,
      userIds: [],
      dueAt: new Date(Date.now() + 30 * 86_400_000),
      dueInDays: null,
      recurrenceMonths: null,
      createdBy: owner.id,
    }));
  }, 120_000);

  afterAll(async () => {
    await db.drop();
  });

  it('enrols everyone in the subtree in batches, and running it again changes nothing', async () => {
    expect(await ds.query(`SELECT name, job_id AS "jobId" FROM outbox`)).toEqual([{ name: 'enrolments.apply-assignment', jobId: `apply-assignment.${assignmentId}` }]);
    expect(await repo.applyAssignment(assignmentId)).toEqual({ inserted: LEARNERS - 1000 });
    const snapshot = () =>
      ds.query(`SELECT count(*)::int AS enrolments, count(*) FILTER (WHERE assignment_id IS NOT NULL)::int AS assigned, count(DISTINCT user_id)::int AS users,
                       (SELECT count(*)::int FROM notifications) AS notifications FROM enrolments`);
    const first = await snapshot();
    expect(first).toEqual([{ enrolments: LEARNERS, assigned: LEARNERS, users: LEARNERS, notifications: LEARNERS - 1000 }]);
    expect(await repo.applyAssignment(assignmentId)).toEqual({ inserted: 0 });
    expect(await repo.applyAssignment(assignmentId, 777)).toEqual({ inserted: 0 });
    expect(await snapshot()).toEqual(first);
    expect(await ds.query(`SELECT count(*)::int AS n FROM enrolments e JOIN users u ON u.id = e.user_id WHERE u.email LIKE 'f%'`)).toEqual([{ n: 0 }]);
  }, 120_000);
});
