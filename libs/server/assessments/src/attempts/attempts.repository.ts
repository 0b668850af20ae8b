import type { EntityManager } from 'typeorm';
import type { AnswerValue, AttemptStatus, QuestionInput, QuizSettings } from '@lms/contracts';

/** One question as an attempt drew it: the exact version shown, its marks, and its option order. */
export interface AttemptQuestionRef {
  questionId: string;
  version: number;
  points: number;
  /** Display order of the options (choice) or right-hand choices (matching), as indexes; null when not shuffled. */
  order: number[] | null;
  /** Set by a regrade: the version whose key scores this question now. */
  keyVersion?: number;
}

export interface AttemptRecord {
  id: string;
  quizId: string;
  courseId: string;
  courseVersion: number;
  userId: string;
  enrolmentId: string;
  cycle: number;
  attemptNo: number;
  status: AttemptStatus;
  settings: QuizSettings;
  questions: AttemptQuestionRef[];
  startedAt: Date;
  expiresAt: Date | null;
  submittedAt: Date | null;
  gradedAt: Date | null;
  score: number | null;
  maxScore: number;
  passed: boolean | null;
}

export interface ResponseRecord {
  questionId: string;
  answer: AnswerValue | null;
  score: number | null;
  comment: string | null;
}

export interface NewAttempt {
  quizId: string;
  courseId: string;
  courseVersion: number;
  userId: string;
  enrolmentId: string;
  settings: QuizSettings;
  questions: AttemptQuestionRef[];
  maxScore: number;
}

export interface GradingOutcome {
  status: 'graded' | 'needs_review';
  score: number;
  passed: boolean | null;
  /** Points per question; null for an essay that waits for its grader. */
  scores: { questionId: string; score: number | null }[];
}

/** What scoring one attempt needs: the attempt, its responses and each question's key (by question id). */
export interface GradingInput {
  attempt: AttemptRecord;
  responses: ResponseRecord[];
  keys: Map<string, QuestionInput>;
}

/**
 * Runs inside a grading's transaction once its scores are written, with the attempts as graded
 * (new status and pass), so that what follows from a grade (a completed quiz item) commits with it.
 */
export type AfterGrading = (m: EntityManager, graded: AttemptRecord[]) => Promise<void>;

export interface PendingRow {
  attemptId: string;
  questionId: string;
  quizId: string;
  courseId: string;
  courseTitle: string;
  quizTitle: string;
  learnerName: string;
  questionVersion: number;
  answer: AnswerValue | null;
  points: number;
  submittedAt: Date;
}

/**
 * Storage port for attempts and responses. Every state change is one conditional statement or one
 * transaction, so that concurrent requests, a second submit and a job that runs twice are harmless.
 */
/** A person's score for one essay response. */
export interface EssayGrade {
  score: number;
  comment: string | null;
  graderId: string;
  onlyIfUngraded: boolean;
}

export abstract class AttemptsRepository {
  abstract enrolmentFor(userId: string, courseId: string): Promise<{ id: string; cycle: number } | null>;
  abstract completedItems(enrolmentId: string, cycle: number): Promise<Set<string>>;
  /**
   * Resumes the learner's open attempt at this quiz if there is one (an expired one is submitted
   * first), or starts the next, unless the attempt limit for the enrolment's cycle is reached.
   */
  abstract start(attempt: NewAttempt, now: Date, graceMs: number): Promise<{ attempt: AttemptRecord; resumed: boolean } | 'limit' | 'not-enrolled'>;
  abstract find(id: string): Promise<AttemptRecord | null>;
  abstract responses(attemptId: string): Promise<ResponseRecord[]>;
  abstract attemptsOf(userId: string, quizId: string): Promise<AttemptRecord[]>;
  /** Upserts answers while the attempt is open and inside its time (plus grace); an older device write never replaces a newer one. */
  abstract save(attemptId: string, responses: { questionId: string; answer: AnswerValue | null; clientSavedAt: Date | null }[], now: Date, graceMs: number): Promise<'saved' | 'closed'>;
  /** Closes an open attempt and queues its grading in the same transaction; harmless when already closed. */
  abstract submit(attemptId: string, now: Date): Promise<AttemptRecord>;
  /** Submits attempts past their time (plus grace), as they stand; answers how many. */
  abstract submitExpired(now: Date, graceMs: number, limit: number): Promise<number>;
  /**
   * Grades this submitted attempt together with up to `limit - 1` other submitted ones that no
   * other grader holds (oldest first), in one transaction: one read, one write, then `afterwards`.
   * An attempt another batch holds is waited for, then found graded. Answers the attempts it
   * graded: none when this one was graded already, so a job whose attempt an earlier batch took costs one read.
   * A companion attempt whose scoring throws is left out (its own job reports the error).
   */
  abstract gradeSubmitted(attemptId: string, limit: number, score: (input: GradingInput) => GradingOutcome, afterwards: AfterGrading, now: Date): Promise<string[]>;
  /**
   * Records a person's score for an essay response; completes the grading (then `afterwards`) when
   * it was the last one. A response already scored is re-scored, unless `grade.onlyIfUngraded`:
   * then it is left as it is ('already-graded'), so that a stale queue cannot overwrite a colleague.
   */
  abstract gradeResponse(
    attemptId: string,
    questionId: string,
    grade: EssayGrade,
    finish: (responses: ResponseRecord[]) => GradingOutcome | null,
    afterwards: AfterGrading,
    now: Date,
  ): Promise<'graded' | 'not-pending' | 'already-graded'>;
  abstract pending(courseIds: string[] | 'all', offset: number, limit: number): Promise<{ items: PendingRow[]; total: number }>;
  /** Attempts that showed this question at an earlier version and have been graded, in id order after `after`. */
  abstract gradedWithQuestion(questionId: string, beforeVersion: number, after: string | null, limit: number): Promise<string[]>;
  /** Points the attempt's question at the version whose key now scores it, rescores it once per cause, then `afterwards`. */
  abstract setKeyVersion(
    attemptId: string,
    questionId: string,
    version: number,
    cause: string,
    regrade: (responses: ResponseRecord[]) => GradingOutcome,
    afterwards: AfterGrading,
    now: Date,
  ): Promise<boolean>;
}
