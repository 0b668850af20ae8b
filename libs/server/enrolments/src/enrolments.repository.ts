import type { AssignmentView, CourseEnrolment, EnrolmentView } from '@lms/contracts';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '@lms/server-org';

export interface NewAssignment {
  courseId: string;
  orgUnitId: string | null;
  byOrg: boolean;
  position: string | null;
  userIds: string[];
  dueAt: Date | null;
  dueInDays: number | null;
  recurrenceMonths: number | null;
  createdBy: string;
}

export interface ItemCompletionResult {
  enrolmentId: string;
  /** True only for the call that finished the course's current cycle. */
  courseCompleted: boolean;
}

/** One course item done by one learner; `at` is when (an offline completion's own time). */
export interface ItemCompletion {
  userId: string;
  courseId: string;
  itemId: string;
  at: Date;
}

export type ItemCompletionOutcome = ItemCompletionResult | 'not-enrolled' | 'not-in-version';

/** Enrolments, progress and assignment rules. Every write that must not be half-done is one transaction. */
export abstract class EnrolmentsRepository {
  /** Enrols a user in a published course's current version; false when already enrolled. */
  abstract enrol(userId: string, courseId: string): Promise<{ enrolmentId: string; created: boolean }>;
  /**
   * Records items as done in their enrolments' current cycles (idempotent), moves an unfinished
   * enrolment to the course's latest published version, recomputes progress and, when every item
   * is done, completes the cycle and queues the course-completed event, all in one transaction:
   * the caller's when `m` is given (a grading batch completes its quizzes with its scores), else
   * its own. `at` is clamped between the enrolment and `now`. Answers one outcome per item.
   */
  abstract completeItems(items: ItemCompletion[], now: Date, m?: EntityManager): Promise<ItemCompletionOutcome[]>;

  async completeItem(userId: string, courseId: string, itemId: string, at: Date, now: Date): Promise<ItemCompletionOutcome> {
    const [outcome] = await this.completeItems([{ userId, courseId, itemId, at }], now);
    return outcome;
  }
  abstract view(enrolmentId: string, now: Date): Promise<EnrolmentView>;
  /** A learner's enrolments: overdue first, then by due date, then the rest; completed last. */
  abstract mine(userId: string, now: Date): Promise<EnrolmentView[]>;
  abstract forCourse(userId: string, courseId: string, now: Date): Promise<CourseEnrolment | null>;

  /**
   * Stores the rule and, in the same transaction, queues the job that applies it, so a rule is
   * never left unapplied. Answers how many users it covers now and how many are enrolled already.
   */
  abstract createAssignment(assignment: NewAssignment): Promise<{ assignmentId: string; matched: number; alreadyEnrolled: number }>;
  /** Whom the rule would cover now, and how many of them already have the course; nothing is written. */
  abstract previewAssignment(rule: Omit<NewAssignment, 'createdBy'>): Promise<{ matched: number; alreadyEnrolled: number }>;
  /** Enrols the rule's users who are not enrolled, batch by batch, each its own transaction. */
  abstract applyAssignment(assignmentId: string, batchSize?: number): Promise<{ inserted: number }>;
  /** Enrols the given users in every open rule that covers them. */
  abstract applyRulesForUsers(userIds: string[]): Promise<{ inserted: number }>;
  /** Re-opens recurring courses whose completion has lapsed, as a new cycle. */
  abstract reopenExpired(now: Date): Promise<{ reopened: number }>;
  /** Every rule (scope null), or those whose unit is under rootId or that createdBy made. */
  abstract assignments(filter: { scope: { rootId: string; createdBy: string } | null; offset: number; limit: number }): Promise<{ items: AssignmentView[]; total: number }>;
  abstract findAssignment(id: string): Promise<{ id: string; orgUnitId: string | null; createdBy: string; userIds: string[] } | null>;
  abstract endAssignment(id: string, at: Date): Promise<void>;
  /** Which of these users lie inside the scope (unknown ids are simply absent). */
  abstract usersInScope(scope: OrgScope, userIds: string[]): Promise<Set<string>>;
  /**
   * A reminder from a person about one unfinished enrolment, as the in-app notification (and the
   * next digest email) the learner already knows: overdue, due soon, or assigned when it has no
   * due date. At most one per enrolment per Vientiane day.
   */
  abstract remind(userId: string, courseId: string, sentBy: string, now: Date): Promise<'sent' | 'not-enrolled' | 'completed' | 'reminded-today'>;
}
