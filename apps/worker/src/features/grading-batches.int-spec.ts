import { DataSource } from 'typeorm';
import { GradingService } from '@lms/server-assessments';
import { startApi, type ApiHarness } from '../../../api/src/testing/api-harness';
import { answerPlan, createGradingFixture, inParallel, startAndAnswer, submit, type GradingFixture } from '../testing/grading-fixture';

/**
 * Batch grading against the real PostgreSQL: a grade-attempt job grades its own attempt and up to
 * 99 others waiting, in one transaction with the completions they cause. Jobs run here as the
 * worker's JobRunner runs them, ten at a time, but without Redis in the way, so that every batch
 * boundary and lock wait is PostgreSQL's.
 */
const LEARNERS = 300;

describe('Batch grading (real PostgreSQL)', () => {
  let api: ApiHarness;
  let ds: DataSource;
  let grading: GradingService;
  let fixture: GradingFixture;
  /** attempt id → learner index */
  const attempts = new Map<string, number>();

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await ds.query(sql, params))[0].n;
  const submitted = async (learners: GradingFixture['learners']) =>
    inParallel(learners, 8, async (learner) => {
      const id = await startAndAnswer(api, fixture, learner, 'service');
      await submit(api, learner, id, 'service');
      attempts.set(id, learner.index);
      return id;
    });

  beforeAll(async () => {
    api = await startApi();
    ds = api.app.get(DataSource);
    grading = api.app.get(GradingService);
    fixture = await createGradingFixture(api, LEARNERS + 3);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('grades 300 attempts exactly once when their 300 jobs race, ten at a time, with most jobs finding their attempt done', async () => {
    const ids = await submitted(fixture.learners.slice(0, LEARNERS));
    const graded = await inParallel(ids, 10, (id) => grading.grade(id));

    expect(graded.reduce((a, b) => a + b, 0)).toBe(LEARNERS);
    // Batches did the work: a few jobs graded many attempts, and most found theirs graded already.
    expect(Math.max(...graded)).toBeGreaterThan(10);
    expect(graded.filter((n) => n === 0).length).toBeGreaterThan(LEARNERS / 2);

    const rows: { id: string; status: string; score: number; passed: boolean; user_id: string }[] = await ds.query(
      `SELECT id, status, score::float8 AS score, passed, user_id FROM quiz_attempts WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    for (const row of rows) {
      const plan = answerPlan(fixture, attempts.get(row.id)!);
      expect({ status: row.status, score: row.score, passed: row.passed }).toEqual({ status: 'graded', score: plan.score, passed: plan.passed });
    }
    expect(await count(`SELECT count(*)::int AS n FROM attempt_gradings WHERE attempt_id = ANY($1::uuid[])`, [ids])).toBe(LEARNERS);
    expect(await count(`SELECT count(*)::int AS n FROM attempt_responses WHERE attempt_id = ANY($1::uuid[]) AND score IS NULL`, [ids])).toBe(0);

    // The quiz is the course's only item: each passed attempt completed its item and the course, once, with one event.
    const passedUsers = rows.filter((r) => r.passed).map((r) => r.user_id);
    expect(passedUsers.length).toBeGreaterThan(0);
    expect(await count(`SELECT count(*)::int AS n FROM item_completions ic JOIN enrolments e ON e.id = ic.enrolment_id WHERE e.user_id = ANY($1::uuid[])`, [passedUsers])).toBe(passedUsers.length);
    expect(await count(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = ANY($1::uuid[]) AND completed_at IS NOT NULL AND progress_percent = 100`, [passedUsers])).toBe(passedUsers.length);
    expect(await count(`SELECT count(*)::int AS n FROM enrolment_completions c JOIN enrolments e ON e.id = c.enrolment_id WHERE e.user_id = ANY($1::uuid[])`, [passedUsers])).toBe(passedUsers.length);
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE name = 'enrolments.course-completed'`)).toBe(passedUsers.length);
    const failedUsers = rows.filter((r) => !r.passed).map((r) => r.user_id);
    expect(await count(`SELECT count(*)::int AS n FROM enrolments WHERE user_id = ANY($1::uuid[]) AND (completed_at IS NOT NULL OR progress_percent <> 0)`, [failedUsers])).toBe(0);
  });

  it('a job run again for a graded attempt changes nothing', async () => {
    const [id] = [...attempts.keys()];
    const before = await count(`SELECT count(*)::int AS n FROM attempt_gradings`);
    await expect(grading.grade(id)).resolves.toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM attempt_gradings`)).toBe(before);
  });

  it('leaves out a companion attempt it cannot score, and grades the rest; that attempt’s own job reports the error', async () => {
    const [first, broken, third] = await submitted(fixture.learners.slice(LEARNERS, LEARNERS + 3));
    // The broken attempt names a question version that does not exist, so there is no key to score it with.
    await ds.query(`UPDATE quiz_attempts SET questions = jsonb_set(questions, '{0,version}', '999') WHERE id = $1`, [broken]);

    await expect(grading.grade(first)).resolves.toBe(2);
    const status = async (id: string) => (await ds.query(`SELECT status FROM quiz_attempts WHERE id = $1`, [id]))[0].status;
    expect([await status(first), await status(broken), await status(third)]).toEqual(['graded', 'submitted', 'graded']);
    await expect(grading.grade(broken)).rejects.toThrow(TypeError);
    expect(await status(broken)).toBe('submitted');
    expect(await count(`SELECT count(*)::int AS n FROM attempt_gradings WHERE attempt_id = $1`, [broken])).toBe(0);
  });
});
