import { Injectable } from '@nestjs/common';
import type { PendingGrading, QuestionInput } from '@lms/contracts';
import { Clock, enqueueInTransaction, type Actor } from '@lms/server-core';
import { canEdit, CoursesRepository } from '@lms/server-courses';
import { EnrolmentsRepository } from '@lms/server-enrolments';
import { AssessmentsErrorCode, AssessmentsException } from '../assessments.exception';
import { QuestionBanksRepository, versionKey } from '../banks/question-banks.repository';
import { AttemptsRepository, type AfterGrading, type AttemptRecord, type ResponseRecord } from '../attempts/attempts.repository';
import { renderQuestionText } from '../render/question-text';
import { gradeAttempt, outcomeFromScores } from './grade-outcome';
import { RecentSet } from './recent-set';

const REGRADE_BATCH = 200;
/** Attempts one grading transaction takes at most: enough to amortise the round trips, small enough to hold locks briefly. */
const GRADING_BATCH = 100;
/** About 4 MB of ids: more than the grading queue holds at a busy moment. */
const GRADED_REMEMBERED = 50_000;

/**
 * Grading, for the worker (automatic scores, regrades) and for instructors (essays). Each grading
 * is one transaction and idempotent: the grading row is unique per attempt and cause, and a passed
 * quiz completes its course item (through the enrolments feature) in that same transaction.
 */
@Injectable()
export class GradingService {
  constructor(
    private readonly attempts: AttemptsRepository,
    private readonly banks: QuestionBanksRepository,
    private readonly courses: CoursesRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly clock: Clock,
  ) {}

  /** Attempts this process graded (committed), so that their own jobs, which follow, end at once. */
  private readonly graded = new RecentSet<string>(GRADED_REMEMBERED);

  private async keys(attempt: AttemptRecord): Promise<Map<string, QuestionInput>> {
    const versions = await this.banks.versions(attempt.questions.map((q) => ({ questionId: q.questionId, version: q.keyVersion ?? q.version })));
    return new Map(attempt.questions.map((q) => [q.questionId, versions.get(versionKey(q.questionId, q.keyVersion ?? q.version))!]));
  }

  /**
   * The grade-attempt job: grades its attempt and up to GRADING_BATCH - 1 others waiting, in one
   * transaction with the completions of the quizzes they pass; answers how many. A job whose
   * attempt a batch of this process graded costs nothing; one graded elsewhere, one read.
   */
  async grade(attemptId: string): Promise<number> {
    if (this.graded.has(attemptId)) return 0;
    const ids = await this.attempts.gradeSubmitted(attemptId, GRADING_BATCH, (input) => gradeAttempt(input.attempt, input.keys, input.responses), this.completePassed, this.clock.now());
    for (const id of ids) this.graded.add(id);
    return ids.length;
  }

  /**
   * In the grading's transaction, so a grade never commits without them: passed attempts complete
   * their quiz items, and every graded attempt becomes a learning record in the LRS.
   */
  private readonly completePassed: AfterGrading = async (m, graded) => {
    const now = this.clock.now();
    const done = graded.filter((a) => a.status === 'graded');
    const passed = done.filter((a) => a.passed);
    if (passed.length) await this.enrolments.completeItems(passed.map((a) => ({ userId: a.userId, courseId: a.courseId, itemId: a.quizId, at: a.submittedAt ?? now })), now, m);
    if (done.length) await enqueueInTransaction(m, done.map((a) => ({ name: 'xapi.record-learning' as const, payload: { event: 'attempt-graded' as const, attemptId: a.id }, jobId: `xapi-attempt.${a.id}` })));
  };

  /** The regrade-question job: every attempt graded with an older key of this question, in batches. */
  async regradeQuestion(questionId: string, version: number): Promise<number> {
    const key = (await this.banks.versions([{ questionId, version }])).get(versionKey(questionId, version));
    if (!key) return 0;
    let after: string | null = null;
    let regraded = 0;
    for (;;) {
      const ids = await this.attempts.gradedWithQuestion(questionId, version, after, REGRADE_BATCH);
      for (const id of ids) {
        const attempt = (await this.attempts.find(id))!;
        const keys = await this.keys(attempt);
        keys.set(questionId, key);
        const rescore = (responses: ResponseRecord[]) => gradeAttempt(attempt, keys, responses);
        if (await this.attempts.setKeyVersion(id, questionId, version, `regrade:${questionId}:${version}`, rescore, this.completePassed, this.clock.now())) regraded++;
      }
      if (ids.length < REGRADE_BATCH) return regraded;
      after = ids[ids.length - 1];
    }
  }

  async submitExpired(graceMs: number): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.attempts.submitExpired(this.clock.now(), graceMs, 500);
      total += n;
      if (n < 500) return total;
    }
  }

  /** Essays waiting for a person, in the courses the actor edits (all for admins), oldest first. */
  async pending(actor: Actor, page: { page: number; pageSize: number }): Promise<{ items: PendingGrading[]; total: number }> {
    const courseIds = actor.roles.includes('admin') ? 'all' : await this.courses.editableCourseIds(actor.userId);
    const { items, total } = await this.attempts.pending(courseIds, (page.page - 1) * page.pageSize, page.pageSize);
    const versions = await this.banks.versions(items.map((i) => ({ questionId: i.questionId, version: i.questionVersion })));
    return {
      total,
      items: items.map((i) => {
        const q = versions.get(versionKey(i.questionId, i.questionVersion))!;
        return {
          attemptId: i.attemptId,
          questionId: i.questionId,
          quizId: i.quizId,
          quizTitle: i.quizTitle,
          courseId: i.courseId,
          courseTitle: i.courseTitle,
          learnerName: i.learnerName,
          prompt: renderQuestionText(q.prompt, q.format),
          ...(q.type === 'essay' && q.graderInfo ? { graderInfo: renderQuestionText(q.graderInfo, q.format) } : {}),
          answer: typeof i.answer === 'string' ? i.answer : '',
          maxScore: i.points,
          submittedAt: new Date(i.submittedAt).toISOString(),
        };
      }),
    };
  }

  /** An instructor's score for one essay; the last one completes the grading (and perhaps the course item). */
  async gradeEssay(actor: Actor, attemptId: string, questionId: string, score: number, comment: string | null, onlyIfUngraded = false): Promise<void> {
    const attempt = await this.attempts.find(attemptId);
    const course = attempt && (await this.courses.findCourse(attempt.courseId));
    const ref = attempt?.questions.find((q) => q.questionId === questionId);
    if (!attempt || !course || !canEdit(actor, course) || !ref) throw new AssessmentsException(AssessmentsErrorCode.AttemptNotFound, 'Attempt or question not found');
    const key = (await this.keys(attempt)).get(questionId)!;
    if (key.type !== 'essay') throw new AssessmentsException(AssessmentsErrorCode.NotAwaitingReview, 'Only essay answers are graded by hand');
    if (score > ref.points) throw new AssessmentsException(AssessmentsErrorCode.ScoreOutOfRange, `score must be between 0 and ${ref.points}`);
    const result = await this.attempts.gradeResponse(
      attemptId,
      questionId,
      { score, comment, graderId: actor.userId, onlyIfUngraded },
      (responses) => {
        const byId = new Map(responses.map((r) => [r.questionId, r.score]));
        const outcome = outcomeFromScores(attempt, attempt.questions.map((q) => ({ questionId: q.questionId, score: byId.get(q.questionId) ?? null })));
        return outcome.status === 'graded' ? outcome : null;
      },
      this.completePassed,
      this.clock.now(),
    );
    if (result === 'not-pending') throw new AssessmentsException(AssessmentsErrorCode.NotAwaitingReview, 'The attempt is not awaiting review');
    if (result === 'already-graded') throw new AssessmentsException(AssessmentsErrorCode.AlreadyGraded, 'This answer has been graded already; send the grade without ifUngraded to change it');
  }
}
