import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { QuestionInput } from '@lms/contracts';
import { enqueueInTransaction } from '@lms/server-core';
import {
  AttemptsRepository,
  type AfterGrading,
  type AttemptRecord,
  type EssayGrade,
  type GradingInput,
  type GradingOutcome,
  type NewAttempt,
  type PendingRow,
  type ResponseRecord,
} from './attempts.repository';

const ATTEMPT = `a.id, a.quiz_id AS "quizId", a.course_id AS "courseId", a.course_version AS "courseVersion", a.user_id AS "userId",
  a.enrolment_id AS "enrolmentId", a.cycle, a.attempt_no AS "attemptNo", a.status, a.settings, a.questions,
  a.started_at AS "startedAt", a.expires_at AS "expiresAt", a.submitted_at AS "submittedAt", a.graded_at AS "gradedAt",
  a.score::float8 AS score, a.max_score::float8 AS "maxScore", a.passed`;

const RESPONSES = `SELECT question_id AS "questionId", answer, score::float8 AS score, comment FROM attempt_responses WHERE attempt_id = $1`;

/** TypeORM answers an UPDATE with [rows, count] and anything else with the rows. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? result[0] : (result as T[]));

const asGraded = (attempt: AttemptRecord, outcome: GradingOutcome, now: Date): AttemptRecord => ({ ...attempt, status: outcome.status, passed: outcome.passed, score: outcome.score, gradedAt: now });

const gradeJob = (attemptId: string) => ({ name: 'grading.grade-attempt' as const, payload: { attemptId }, jobId: attemptId });

@Injectable()
export class TypeOrmAttemptsRepository extends AttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async enrolmentFor(userId: string, courseId: string): Promise<{ id: string; cycle: number } | null> {
    const [row] = await this.dataSource.query(`SELECT id, cycle FROM enrolments WHERE user_id = $1 AND course_id = $2`, [userId, courseId]);
    return row ?? null;
  }

  async completedItems(enrolmentId: string, cycle: number): Promise<Set<string>> {
    const rows: { item_id: string }[] = await this.dataSource.query(`SELECT item_id FROM item_completions WHERE enrolment_id = $1 AND cycle = $2`, [enrolmentId, cycle]);
    return new Set(rows.map((r) => r.item_id));
  }

  start(attempt: NewAttempt, now: Date, graceMs: number): Promise<{ attempt: AttemptRecord; resumed: boolean } | 'limit' | 'not-enrolled'> {
    return this.dataSource.transaction(async (m) => {
      // The enrolment row serialises one learner's starts at one course, so two taps cannot both pass the limit.
      const [enrolment] = await m.query(`SELECT id, cycle FROM enrolments WHERE id = $1 AND user_id = $2 FOR UPDATE`, [attempt.enrolmentId, attempt.userId]);
      if (!enrolment) return 'not-enrolled';
      const [open] = await m.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.quiz_id = $1 AND a.user_id = $2 AND a.status = 'in_progress'`, [attempt.quizId, attempt.userId]);
      if (open) {
        if (!open.expiresAt || new Date(open.expiresAt).getTime() + graceMs > now.getTime()) return { attempt: open, resumed: true };
        await this.close(m, open.id, now);
      }
      const [{ used }] = await m.query(`SELECT count(*)::int AS used FROM quiz_attempts WHERE quiz_id = $1 AND user_id = $2 AND cycle = $3`, [attempt.quizId, attempt.userId, enrolment.cycle]);
      const max = attempt.settings.maxAttempts;
      if (max !== null && used >= max) return 'limit';
      const expiresAt = attempt.settings.timeLimitMinutes ? new Date(now.getTime() + attempt.settings.timeLimitMinutes * 60_000) : null;
      const [row] = await m.query(
        `WITH a AS (
           INSERT INTO quiz_attempts (quiz_id, course_id, course_version, user_id, enrolment_id, cycle, attempt_no, settings, questions, started_at, expires_at, max_score)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12) RETURNING *)
         SELECT ${ATTEMPT} FROM a`,
        [attempt.quizId, attempt.courseId, attempt.courseVersion, attempt.userId, enrolment.id, enrolment.cycle, used + 1, JSON.stringify(attempt.settings), JSON.stringify(attempt.questions), now, expiresAt, attempt.maxScore],
      );
      await m.query(`UPDATE enrolments SET started_at = COALESCE(started_at, $2) WHERE id = $1`, [enrolment.id, now]);
      return { attempt: row, resumed: false };
    });
  }

  async find(id: string): Promise<AttemptRecord | null> {
    const [row] = await this.dataSource.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  async responses(attemptId: string): Promise<ResponseRecord[]> {
    return this.dataSource.query(RESPONSES, [attemptId]);
  }

  async attemptsOf(userId: string, quizId: string): Promise<AttemptRecord[]> {
    return this.dataSource.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.user_id = $1 AND a.quiz_id = $2 ORDER BY a.cycle, a.attempt_no`, [userId, quizId]);
  }

  save(attemptId: string, responses: { questionId: string; answer: unknown; clientSavedAt: Date | null }[], now: Date, graceMs: number): Promise<'saved' | 'closed'> {
    return this.dataSource.transaction(async (m) => {
      // FOR SHARE: a submit (which updates the row) waits for saves in flight, and saves wait for it.
      const [attempt] = await m.query(`SELECT status, expires_at FROM quiz_attempts WHERE id = $1 FOR SHARE`, [attemptId]);
      if (attempt.status !== 'in_progress') return 'closed';
      if (attempt.expires_at && new Date(attempt.expires_at).getTime() + graceMs <= now.getTime()) return 'closed';
      if (!responses.length) return 'saved';
      await m.query(
        `INSERT INTO attempt_responses (attempt_id, question_id, answer, saved_at, client_saved_at)
         SELECT $1, r.question_id, r.answer, $3, r.client_saved_at
         FROM jsonb_to_recordset($2::jsonb) AS r(question_id uuid, answer jsonb, client_saved_at timestamptz)
         ON CONFLICT (attempt_id, question_id) DO UPDATE SET answer = EXCLUDED.answer, saved_at = EXCLUDED.saved_at, client_saved_at = EXCLUDED.client_saved_at
         WHERE attempt_responses.client_saved_at IS NULL OR EXCLUDED.client_saved_at IS NULL OR EXCLUDED.client_saved_at >= attempt_responses.client_saved_at`,
        [attemptId, JSON.stringify(responses.map((r) => ({ question_id: r.questionId, answer: r.answer ?? null, client_saved_at: r.clientSavedAt?.toISOString() ?? null }))), now],
      );
      return 'saved';
    });
  }

  submit(attemptId: string, now: Date): Promise<AttemptRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.close(m, attemptId, now);
      const [row] = await m.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.id = $1`, [attemptId]);
      return row;
    });
  }

  /** An attempt closes at its deadline at the latest, whenever the closing happens to run. */
  private async close(m: EntityManager, attemptId: string, now: Date): Promise<void> {
    const closed = await m.query(
      `UPDATE quiz_attempts SET status = 'submitted', submitted_at = LEAST($2::timestamptz, COALESCE(expires_at, $2::timestamptz)) WHERE id = $1 AND status = 'in_progress' RETURNING id`,
      [attemptId, now],
    );
    if (rowsOf(closed).length) await enqueueInTransaction(m, [gradeJob(attemptId)]);
  }

  submitExpired(now: Date, graceMs: number, limit: number): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const rows = rowsOf<{ id: string }>(await m.query(
        `UPDATE quiz_attempts SET status = 'submitted', submitted_at = expires_at
         WHERE id IN (SELECT id FROM quiz_attempts WHERE status = 'in_progress' AND expires_at <= $1::timestamptz - make_interval(secs => $2::float8 / 1000)
                      ORDER BY expires_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING id`,
        [now, graceMs, limit],
      ));
      await enqueueInTransaction(m, rows.map((r) => gradeJob(r.id)));
      return rows.length;
    });
  }

  async gradeSubmitted(attemptId: string, limit: number, score: (input: GradingInput) => GradingOutcome, afterwards: AfterGrading, now: Date): Promise<string[]> {
    const [current] = await this.dataSource.query(`SELECT status FROM quiz_attempts WHERE id = $1`, [attemptId]);
    if (current?.status !== 'submitted') return [];
    return this.dataSource.transaction(async (m) => {
      // This job's own attempt is waited for if another batch holds it: once that commits it is no longer 'submitted'.
      const own = await m.query(`SELECT id FROM quiz_attempts WHERE id = $1 AND status = 'submitted' FOR UPDATE`, [attemptId]);
      if (!own.length) return [];
      const others: { id: string }[] = await m.query(
        `SELECT id FROM quiz_attempts WHERE status = 'submitted' AND id <> $1 ORDER BY submitted_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [attemptId, limit - 1],
      );
      const inputs = await this.gradingInputs(m, [attemptId, ...others.map((o) => o.id)]);
      const graded = inputs.flatMap((input) => {
        try {
          return [{ attempt: input.attempt, outcome: score(input) }];
        } catch (err) {
          if (input.attempt.id === attemptId) throw err;
          return [];
        }
      });
      const claimed = new Set(await this.recordGradings(m, 'submitted', graded, now));
      const done = graded.filter((g) => claimed.has(g.attempt.id)).map(({ attempt, outcome }) => asGraded(attempt, outcome, now));
      await afterwards(m, done);
      return done.map((a) => a.id);
    });
  }

  /** The attempts, their responses and the key of each question, in one read. */
  private async gradingInputs(m: EntityManager, ids: string[]): Promise<GradingInput[]> {
    const rows: (AttemptRecord & { responses: ResponseRecord[]; keys: Record<string, QuestionInput> | null })[] = await m.query(
      `SELECT ${ATTEMPT},
         (SELECT COALESCE(json_agg(json_build_object('questionId', r.question_id, 'answer', r.answer, 'score', r.score::float8, 'comment', r.comment)), '[]')
            FROM attempt_responses r WHERE r.attempt_id = a.id) AS responses,
         (SELECT json_object_agg(q."questionId", v.definition)
            FROM jsonb_to_recordset(a.questions) AS q("questionId" uuid, version int, "keyVersion" int)
            JOIN question_versions v ON v.question_id = q."questionId" AND v.version = COALESCE(q."keyVersion", q.version)) AS keys
       FROM quiz_attempts a WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map(({ responses, keys, ...attempt }) => ({ attempt, responses, keys: new Map(Object.entries(keys ?? {})) }));
  }

  /**
   * One statement for any number of attempts: each one's grading row is claimed (unique per
   * attempt and cause), and its scores and the attempt are written only where the claim held.
   * Answers the attempts it claimed.
   */
  private async recordGradings(m: EntityManager, cause: string, graded: { attempt: AttemptRecord; outcome: GradingOutcome }[], now: Date): Promise<string[]> {
    if (!graded.length) return [];
    const outcomes = graded.map(({ attempt, outcome }) => ({
      attempt_id: attempt.id,
      score: outcome.score,
      status: outcome.status,
      passed: outcome.passed,
      scores: outcome.scores.map((s) => ({ question_id: s.questionId, score: s.score })),
    }));
    const rows: { attemptId: string }[] = await m.query(
      `WITH o AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS o(attempt_id uuid, score numeric, status text, passed boolean, scores jsonb)),
       claim AS (
         INSERT INTO attempt_gradings (attempt_id, round, cause, score, graded_at)
         SELECT o.attempt_id, COALESCE((SELECT max(g.round) FROM attempt_gradings g WHERE g.attempt_id = o.attempt_id), 0) + 1, $2, o.score, $3 FROM o
         ON CONFLICT DO NOTHING RETURNING attempt_id
       ), responses AS (
         INSERT INTO attempt_responses (attempt_id, question_id, answer, saved_at, score)
         SELECT o.attempt_id, s.question_id, NULL, $3, s.score
         FROM claim c JOIN o ON o.attempt_id = c.attempt_id CROSS JOIN LATERAL jsonb_to_recordset(o.scores) AS s(question_id uuid, score numeric)
         ON CONFLICT (attempt_id, question_id) DO UPDATE SET score = CASE WHEN attempt_responses.graded_by IS NULL THEN EXCLUDED.score ELSE attempt_responses.score END
       ), attempt AS (
         UPDATE quiz_attempts a SET status = o.status, score = o.score, passed = o.passed, graded_at = $3
         FROM claim c JOIN o ON o.attempt_id = c.attempt_id WHERE a.id = c.attempt_id AND a.status <> 'in_progress'
       )
       SELECT attempt_id AS "attemptId" FROM claim`,
      [JSON.stringify(outcomes), cause, now],
    );
    return rows.map((r) => r.attemptId);
  }

  gradeResponse(
    attemptId: string,
    questionId: string,
    grade: EssayGrade,
    finish: (responses: ResponseRecord[]) => GradingOutcome | null,
    afterwards: AfterGrading,
    now: Date,
  ): Promise<'graded' | 'not-pending' | 'already-graded'> {
    return this.dataSource.transaction(async (m) => {
      const [attempt]: AttemptRecord[] = await m.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.id = $1 FOR UPDATE`, [attemptId]);
      if (!attempt || (attempt.status !== 'needs_review' && attempt.status !== 'graded')) return 'not-pending';
      // The attempt's row lock serialises graders, so "still unscored" holds until this write.
      const [found]: { scored: boolean }[] = await m.query(`SELECT score IS NOT NULL AS scored FROM attempt_responses WHERE attempt_id = $1 AND question_id = $2`, [attemptId, questionId]);
      if (!found) return 'not-pending';
      if (found.scored && grade.onlyIfUngraded) return 'already-graded';
      await m.query(`UPDATE attempt_responses SET score = $3, comment = $4, graded_by = $5, graded_at = $6 WHERE attempt_id = $1 AND question_id = $2`, [
        attemptId,
        questionId,
        grade.score,
        grade.comment,
        grade.graderId,
        now,
      ]);
      const outcome = finish(await m.query(RESPONSES, [attemptId]));
      if (outcome) await this.recordAndFollow(m, `reviewed:${questionId}:${now.getTime()}`, attempt, outcome, afterwards, now);
      return 'graded';
    });
  }

  async pending(courseIds: string[] | 'all', offset: number, limit: number): Promise<{ items: PendingRow[]; total: number }> {
    const rows = await this.dataSource.query(
      `SELECT r.attempt_id AS "attemptId", r.question_id AS "questionId", a.quiz_id AS "quizId", a.course_id AS "courseId",
              u.display_name AS "learnerName", q.version AS "questionVersion", r.answer, q.points::float8 AS points,
              a.submitted_at AS "submittedAt", v.title AS "courseTitle", ir.title AS "quizTitle", count(*) OVER ()::int AS total
       FROM quiz_attempts a
       JOIN attempt_responses r ON r.attempt_id = a.id AND r.score IS NULL
       JOIN users u ON u.id = a.user_id
       JOIN course_versions v ON v.course_id = a.course_id AND v.version = a.course_version
       JOIN course_item_revisions ir ON ir.item_id = a.quiz_id AND ir.version = a.course_version
       CROSS JOIN LATERAL jsonb_to_recordset(a.questions) AS q("questionId" uuid, version int, points numeric)
       WHERE a.status = 'needs_review' AND q."questionId" = r.question_id AND ($3::uuid[] IS NULL OR a.course_id = ANY($3::uuid[]))
       ORDER BY a.submitted_at, a.id, r.question_id LIMIT $1 OFFSET $2`,
      [limit, offset, courseIds === 'all' ? null : courseIds],
    );
    return { items: rows.map(({ total: _t, ...r }: PendingRow & { total: number }) => r), total: rows[0]?.total ?? 0 };
  }

  async gradedWithQuestion(questionId: string, beforeVersion: number, after: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM attempt_responses r JOIN quiz_attempts a ON a.id = r.attempt_id
       WHERE r.question_id = $1::uuid AND a.status IN ('graded', 'needs_review')
         AND ($3::uuid IS NULL OR a.id > $3::uuid)
         AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.questions) q WHERE q->>'questionId' = $1::text AND COALESCE((q->>'keyVersion')::int, (q->>'version')::int) < $2)
       ORDER BY a.id LIMIT $4`,
      [questionId, beforeVersion, after, limit],
    );
    return rows.map((r) => r.id);
  }

  setKeyVersion(
    attemptId: string,
    questionId: string,
    version: number,
    cause: string,
    regrade: (responses: ResponseRecord[]) => GradingOutcome,
    afterwards: AfterGrading,
    now: Date,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      // Locked and read inside the transaction, so an essay graded meanwhile is not overwritten.
      const [attempt]: AttemptRecord[] = await m.query(`SELECT ${ATTEMPT} FROM quiz_attempts a WHERE a.id = $1 FOR UPDATE`, [attemptId]);
      if (!(await this.recordAndFollow(m, cause, attempt, regrade(await m.query(RESPONSES, [attemptId])), afterwards, now))) return false;
      await m.query(
        `UPDATE quiz_attempts SET questions = (
           SELECT jsonb_agg(CASE WHEN q->>'questionId' = $2::text THEN q || jsonb_build_object('keyVersion', $3::int) ELSE q END ORDER BY n)
           FROM jsonb_array_elements(questions) WITH ORDINALITY AS t(q, n))
         WHERE id = $1`,
        [attemptId, questionId, version],
      );
      return true;
    });
  }

  /** One attempt's grading for this cause, unless it was stored already; then what follows from it. */
  private async recordAndFollow(m: EntityManager, cause: string, attempt: AttemptRecord, outcome: GradingOutcome, afterwards: AfterGrading, now: Date): Promise<boolean> {
    if (!(await this.recordGradings(m, cause, [{ attempt, outcome }], now)).length) return false;
    await afterwards(m, [asGraded(attempt, outcome, now)]);
    return true;
  }
}
