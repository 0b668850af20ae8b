import { Injectable } from '@nestjs/common';
import type { AttemptView, QuestionInput, QuizLearnerView, SaveResponsesResult } from '@lms/contracts';
import { Clock, type Actor } from '@lms/server-core';
import { canEdit, CoursesRepository, type CourseRecord, type QuizRevision } from '@lms/server-courses';
import { AssessmentsErrorCode, AssessmentsException } from '../assessments.exception';
import { QuestionBanksRepository, versionKey } from '../banks/question-banks.repository';
import { answerShapeError } from '../scoring';
import { toAttemptSummary, toAttemptView, feedbackVisible } from './attempt-view';
import { AttemptsRepository, type AttemptRecord } from './attempts.repository';
import { drawQuestions } from './draw-questions';
import type { SaveResponsesDto } from '../dtos/attempt.dto';

/** A save that left the phone just before the deadline still counts if it arrives this much later. */
export const DEADLINE_GRACE_MS = 30_000;

/** Starting, resuming, answering and submitting attempts. Grading happens in the worker. */
@Injectable()
export class AttemptsService {
  constructor(
    private readonly attempts: AttemptsRepository,
    private readonly banks: QuestionBanksRepository,
    private readonly courses: CoursesRepository,
    private readonly clock: Clock,
  ) {}

  /** The published quiz a learner may take; null settings mean a package quiz not yet turned into questions. */
  private async publishedQuiz(quizId: string): Promise<{ course: CourseRecord; quiz: QuizRevision }> {
    const course = await this.courses.findCourseOfItem(quizId);
    const quiz = course && course.itemKind === 'quiz' && course.status === 'published' && course.publishedVersion !== null ? await this.courses.quiz(quizId, course.publishedVersion) : null;
    if (!course || !quiz) throw new AssessmentsException(AssessmentsErrorCode.QuizNotFound, 'Quiz not found');
    return { course, quiz };
  }

  async quizForLearner(actor: Actor, quizId: string): Promise<QuizLearnerView> {
    const { course, quiz } = await this.publishedQuiz(quizId);
    if (!quiz.settings) throw new AssessmentsException(AssessmentsErrorCode.QuizNotReady, 'This quiz has no questions yet');
    const mine = await this.attempts.attemptsOf(actor.userId, quizId);
    const enrolment = await this.attempts.enrolmentFor(actor.userId, course.id);
    const cycle = mine.filter((a) => a.cycle === enrolment?.cycle);
    const graded = cycle.filter((a) => a.status === 'graded');
    const counted = quiz.settings.scorePolicy === 'last' ? graded.slice(-1) : graded;
    const best = counted.reduce<number | null>((b, a) => Math.max(b ?? 0, a.maxScore ? ((a.score ?? 0) / a.maxScore) * 100 : 100), null);
    const questionCount = quiz.settings.selection.mode === 'random' ? quiz.settings.selection.count! : (await this.banks.candidates(quiz.settings.questionBankId, quiz.settings.selection.category)).length;
    return {
      id: quiz.id,
      courseId: course.id,
      moduleId: quiz.moduleId,
      title: quiz.title,
      locale: course.locale,
      position: quiz.position,
      ...quiz.settings,
      questionCount,
      attemptsUsed: cycle.length,
      bestPercent: best === null ? null : Math.round(best * 100) / 100,
      passed: counted.some((a) => a.passed),
      attempts: cycle.map(toAttemptSummary),
    };
  }

  async start(actor: Actor, quizId: string): Promise<{ attempt: AttemptView; created: boolean }> {
    const { course, quiz } = await this.publishedQuiz(quizId);
    const settings = quiz.settings;
    if (!settings) throw new AssessmentsException(AssessmentsErrorCode.QuizNotReady, 'This quiz has no questions yet');
    const enrolment = await this.attempts.enrolmentFor(actor.userId, course.id);
    if (!enrolment) throw new AssessmentsException(AssessmentsErrorCode.NotEnrolled, 'Enrol in the course before taking its quizzes');
    if (settings.requiresOtherModules) await this.checkOtherModules(course.id, course.publishedVersion!, quiz.moduleId, enrolment);

    const candidates = await this.banks.candidates(settings.questionBankId, settings.selection.category);
    if (!candidates.length) throw new AssessmentsException(AssessmentsErrorCode.QuizNotReady, 'This quiz has no questions yet');
    const { refs } = drawQuestions(candidates, settings);
    const started = await this.attempts.start(
      { quizId, courseId: course.id, courseVersion: course.publishedVersion!, userId: actor.userId, enrolmentId: enrolment.id, settings, questions: refs, maxScore: refs.reduce((s, r) => s + r.points, 0) },
      this.clock.now(),
      DEADLINE_GRACE_MS,
    );
    if (started === 'not-enrolled') throw new AssessmentsException(AssessmentsErrorCode.NotEnrolled, 'Enrol in the course before taking its quizzes');
    if (started === 'limit') throw new AssessmentsException(AssessmentsErrorCode.AttemptLimit, `The quiz allows ${settings.maxAttempts} attempt(s), and they have all been used`);
    if (started.resumed) return { attempt: await this.render(started.attempt, false), created: false };
    // A new attempt: its questions are the candidates just drawn, and it has no answers yet.
    const drawn = new Map(candidates.map((c) => [c.id, c.definition]));
    return { attempt: toAttemptView(started.attempt, drawn, drawn, [], false), created: true };
  }

  private async checkOtherModules(courseId: string, version: number, moduleId: string, enrolment: { id: string; cycle: number }): Promise<void> {
    const detail = await this.courses.detail(courseId, version);
    const done = await this.attempts.completedItems(enrolment.id, enrolment.cycle);
    const missing = (detail?.modules ?? []).filter((m) => m.id !== moduleId).flatMap((m) => m.items).filter((i) => !done.has(i.id));
    if (missing.length) {
      throw new AssessmentsException(AssessmentsErrorCode.ModulesIncomplete, `Complete the other modules first: ${missing.length} item(s) remain`, missing.map((i) => ({ itemId: i.id, title: i.title })));
    }
  }

  /** The learner's own attempt, or any attempt for the course's authors and admins (for grading); 404 otherwise. */
  async view(actor: Actor, attemptId: string): Promise<AttemptView> {
    let attempt = await this.readable(actor, attemptId);
    const now = this.clock.now();
    if (attempt.status === 'in_progress' && attempt.expiresAt && new Date(attempt.expiresAt).getTime() + DEADLINE_GRACE_MS <= now.getTime()) {
      attempt = await this.attempts.submit(attemptId, now);
    }
    const staff = attempt.userId !== actor.userId;
    // Only "after the last attempt" needs the count; GET /attempts/:id is polled while grading runs.
    const used = !staff && attempt.settings.feedback === 'after_last_attempt' ? (await this.attempts.attemptsOf(attempt.userId, attempt.quizId)).filter((a) => a.cycle === attempt.cycle).length : 0;
    return this.render(attempt, staff || feedbackVisible(attempt, used));
  }

  async save(actor: Actor, attemptId: string, dto: SaveResponsesDto): Promise<SaveResponsesResult> {
    const attempt = await this.own(actor, attemptId);
    const definitions = await this.banks.versions(attempt.questions.map((q) => ({ questionId: q.questionId, version: q.version })));
    const byId = new Map(attempt.questions.map((q) => [q.questionId, definitions.get(versionKey(q.questionId, q.version))!]));
    const seen = new Set<string>();
    const problems: { questionId: string; message: string }[] = [];
    for (const r of dto.responses) {
      const q = byId.get(r.questionId);
      if (!q) problems.push({ questionId: r.questionId, message: `question ${r.questionId} is not in this attempt` });
      else if (seen.has(r.questionId)) problems.push({ questionId: r.questionId, message: `question ${r.questionId} is answered twice in one request` });
      else {
        const error = answerShapeError({ ...q, id: r.questionId }, r.answer);
        if (error) problems.push({ questionId: r.questionId, message: error });
      }
      seen.add(r.questionId);
    }
    if (problems.length) throw new AssessmentsException(AssessmentsErrorCode.AnswerInvalid, problems.map((p) => p.message).join('; '), problems);
    const now = this.clock.now();
    const saved = await this.attempts.save(
      attemptId,
      dto.responses.map((r) => ({ questionId: r.questionId, answer: r.answer, clientSavedAt: r.savedAt ? new Date(r.savedAt) : null })),
      now,
      DEADLINE_GRACE_MS,
    );
    if (saved === 'closed') throw new AssessmentsException(AssessmentsErrorCode.AttemptClosed, 'The attempt is closed: it was submitted or its time ran out');
    return { id: attemptId, saved: dto.responses.length, savedAt: now.toISOString(), expiresAt: attempt.expiresAt ? new Date(attempt.expiresAt).toISOString() : null };
  }

  /** Closes the attempt and queues its grading; a second submit, or one after the deadline closed it, changes nothing. */
  async submit(actor: Actor, attemptId: string): Promise<{ id: string; status: AttemptRecord['status'] }> {
    await this.own(actor, attemptId);
    const attempt = await this.attempts.submit(attemptId, this.clock.now());
    return { id: attempt.id, status: attempt.status };
  }

  private async own(actor: Actor, attemptId: string): Promise<AttemptRecord> {
    const attempt = await this.attempts.find(attemptId);
    if (!attempt || attempt.userId !== actor.userId) throw new AssessmentsException(AssessmentsErrorCode.AttemptNotFound, 'Attempt not found');
    return attempt;
  }

  private async readable(actor: Actor, attemptId: string): Promise<AttemptRecord> {
    const attempt = await this.attempts.find(attemptId);
    if (attempt && attempt.userId === actor.userId) return attempt;
    if (attempt && (actor.roles.includes('admin') || actor.roles.includes('instructor'))) {
      const course = await this.courses.findCourse(attempt.courseId);
      if (course && canEdit(actor, course)) return attempt;
    }
    throw new AssessmentsException(AssessmentsErrorCode.AttemptNotFound, 'Attempt not found');
  }

  private async render(attempt: AttemptRecord, showFeedback: boolean): Promise<AttemptView> {
    const refs = attempt.questions.flatMap((q) => [{ questionId: q.questionId, version: q.version }, ...(q.keyVersion ? [{ questionId: q.questionId, version: q.keyVersion }] : [])]);
    const versions = await this.banks.versions(refs);
    const definitions = new Map<string, QuestionInput>(attempt.questions.map((q) => [q.questionId, versions.get(versionKey(q.questionId, q.version))!]));
    const keys = new Map<string, QuestionInput>(attempt.questions.map((q) => [q.questionId, versions.get(versionKey(q.questionId, q.keyVersion ?? q.version))!]));
    const responses = await this.attempts.responses(attempt.id);
    return toAttemptView(attempt, definitions, keys, responses, showFeedback);
  }
}
