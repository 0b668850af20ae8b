import { DataSource } from 'typeorm';
import { createTestDataSource, type TestDataSource } from '@lms/server-testing';
import { TypeOrmEnrolmentsRepository } from '../typeorm-enrolments.repository';

/**
 * Many completions in one call, as a grading batch makes them: the outcomes line up with the
 * inputs, a course completed by two items of one batch completes once, and an unfinished learner
 * moves to the newest published version (real PostgreSQL).
 */
describe('completing many items at once (real PostgreSQL)', () => {
  let db: TestDataSource;
  let ds: DataSource;
  let repo: TypeOrmEnrolmentsRepository;
  let courseId: string;
  let items: string[];
  let newItem: string;
  let users: string[];
  const now = new Date();

  beforeAll(async () => {
    db = await createTestDataSource();
    ds = db.ds;
    repo = new TypeOrmEnrolmentsRepository(ds);
    const [unit] = await ds.query(`INSERT INTO org_units (code, name_lo, name_en, kind, path) VALUES ('MTC', 'ກະຊວງເຕັກໂນໂລຊີ ແລະ ການສື່ສານ', 'Technology and Communications', 'ministry', '/MTC/') RETURNING id`);
    users = (await ds.query(`INSERT INTO users (email, display_name, org_unit_id) SELECT 'u' || g || '@mtc.gov.la', 'ພະນັກງານ ' || g, $1 FROM generate_series(1, 4) g RETURNING id`, [unit.id])).map((u: { id: string }) => u.id);
    [{ id: courseId }] = await ds.query(`INSERT INTO courses (slug, locale, owner_id, status, draft_version, published_version) VALUES ('email', 'lo', $1, 'published', 2, 2) RETURNING id`, [users[0]]);
    for (const v of [1, 2]) await ds.query(`INSERT INTO course_versions (course_id, version, title, category, level) VALUES ($1, $2, 'ອີເມວ', 'email', 'beginner')`, [courseId, v]);
    const [mod] = await ds.query(`INSERT INTO course_modules (course_id) VALUES ($1) RETURNING id`, [courseId]);
    for (const v of [1, 2]) await ds.query(`INSERT INTO course_module_revisions (module_id, course_id, version, title, position) VALUES ($1, $2, $3, 'ພາກທີ 1', 0)`, [mod.id, courseId, v]);
    items = (await ds.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, 'lesson'), ($1, 'quiz') RETURNING id`, [courseId])).map((i: { id: string }) => i.id);
    [{ id: newItem }] = await ds.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, 'lesson') RETURNING id`, [courseId]);
    // Version 1 has the lesson and the quiz; version 2 adds a second lesson.
    for (const [item, v, position] of [[items[0], 1, 0], [items[1], 1, 1], [items[0], 2, 0], [items[1], 2, 1], [newItem, 2, 2]] as const) {
      await ds.query(`INSERT INTO course_item_revisions (item_id, course_id, version, module_id, position, title) VALUES ($1, $2, $3, $4, $5, 'x')`, [item, courseId, v, mod.id, position]);
    }
    // users[0..1] enrolled in version 1 (before version 2 was published); users[2] in version 2; users[3] not enrolled.
    await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version) VALUES ($1, $3, 1), ($2, $3, 1)`, [users[0], users[1], courseId]);
    await ds.query(`INSERT INTO enrolments (user_id, course_id, course_version) VALUES ($1, $2, 2)`, [users[2], courseId]);
  });

  afterAll(async () => {
    await db.drop();
  });

  it('answers one outcome per input, in order, and completes a course finished within the batch once', async () => {
    const at = (userId: string, itemId: string) => ({ userId, courseId, itemId, at: now });
    const outcomes = await repo.completeItems([at(users[2], items[0]), at(users[3], items[0]), at(users[2], items[1]), at(users[0], items[0]), at(users[2], newItem), at(users[2], items[1])], now);

    const [e0, e2] = (await ds.query(`SELECT id FROM enrolments WHERE user_id = ANY($1::uuid[]) ORDER BY user_id = $2 DESC`, [[users[0], users[2]], users[0]])).map((e: { id: string }) => e.id);
    expect(outcomes).toEqual([
      { enrolmentId: e2, courseCompleted: true },
      'not-enrolled',
      { enrolmentId: e2, courseCompleted: false },
      { enrolmentId: e0, courseCompleted: false },
      { enrolmentId: e2, courseCompleted: false },
      { enrolmentId: e2, courseCompleted: false },
    ]);
    const rows = await ds.query(`SELECT user_id AS "userId", course_version AS version, progress_percent AS progress, completed_at IS NOT NULL AS completed FROM enrolments ORDER BY progress_percent DESC`);
    expect(rows).toEqual([
      { userId: users[2], version: 2, progress: 100, completed: true },
      // users[0] moved to version 2 (3 items, 1 done); users[1] did nothing and stays on version 1.
      { userId: users[0], version: 2, progress: 33, completed: false },
      { userId: users[1], version: 1, progress: 0, completed: false },
    ]);
    expect(await ds.query(`SELECT count(*)::int AS n FROM enrolment_completions`)).toEqual([{ n: 1 }]);
    expect(await ds.query(`SELECT name, job_id AS "jobId" FROM outbox WHERE name <> 'xapi.record-learning' ORDER BY name`)).toEqual([
      { name: 'certificates.issue', jobId: `certificate.${e2}.1` },
      { name: 'enrolments.course-completed', jobId: `course-completed.${e2}.1` },
    ]);
    // Every new item completion, and the course's, is also a learning record for the LRS.
    const recorded = (await ds.query(`SELECT job_id AS "jobId" FROM outbox WHERE name = 'xapi.record-learning'`)).map((r: { jobId: string }) => r.jobId);
    const done = await ds.query(`SELECT enrolment_id AS e, cycle, item_id AS i FROM item_completions`);
    expect(recorded.sort()).toEqual([`xapi-course.${e2}.1`, ...done.map((d: { e: string; cycle: number; i: string }) => `xapi-item.${d.e}.${d.cycle}.${d.i}`)].sort());
  });

  it('refuses an item outside the version the learner counts in, and changes nothing when repeated', async () => {
    const [other] = await ds.query(`INSERT INTO course_items (course_id, kind) VALUES ($1, 'lesson') RETURNING id`, [courseId]);
    expect(await repo.completeItems([{ userId: users[1], courseId, itemId: other.id, at: now }], now)).toEqual(['not-in-version']);
    const before = await ds.query(`SELECT * FROM item_completions ORDER BY item_id, enrolment_id`);
    const again = await repo.completeItems([{ userId: users[2], courseId, itemId: items[0], at: now }], now);
    expect(again).toEqual([{ enrolmentId: expect.any(String), courseCompleted: false }]);
    expect(await ds.query(`SELECT * FROM item_completions ORDER BY item_id, enrolment_id`)).toEqual(before);
    expect(await ds.query(`SELECT count(*)::int AS n FROM enrolment_completions`)).toEqual([{ n: 1 }]);
  });
});
