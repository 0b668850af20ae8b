import { randomUUID } from 'node:crypto';
import type { AnswerValue } from '@lms/contracts';
import {
  AttemptsRepository,
  type AttemptRecord,
  type NewAttempt,
  type PendingRow,
  type ResponseRecord,
} from '@lms/server-assessments';

/**
 * The attempts tables in memory, keeping the rules the SQL keeps: one open attempt per quiz and
 * learner, the limit per enrolment cycle, saves only while open and in time.
 */
export class FakeAttemptsRepository extends AttemptsRepository {
  readonly enrolments = new Map<string, { id: string; userId: string; courseId: string; cycle: number; completed: Set<string> }>();
  readonly attempts = new Map<string, AttemptRecord>();
  readonly responseRows = new Map<string, Map<string, ResponseRecord & { clientSavedAt: Date | null }>>();
  /** The grading requests the outbox would hold. */
  readonly queued: string[] = [];

  enrol(userId: string, courseId: string): string {
    const id = randomUUID();
    this.enrolments.set(id, { id, userId, courseId, cycle: 1, completed: new Set() });
    return id;
  }

  async enrolmentFor(userId: string, courseId: string) {
    const e = [...this.enrolments.values()].find((x) => x.userId === userId && x.courseId === courseId);
    return e ? { id: e.id, cycle: e.cycle } : null;
  }

  async completedItems(enrolmentId: string, cycle: number) {
    const e = this.enrolments.get(enrolmentId);
    return new Set(e && e.cycle === cycle ? e.completed : []);
  }

  async start(attempt: NewAttempt, now: Date, graceMs: number) {
    const enrolment = this.enrolments.get(attempt.enrolmentId);
    if (!enrolment || enrolment.userId !== attempt.userId) return 'not-enrolled' as const;
    const mine = [...this.attempts.values()].filter((a) => a.quizId === attempt.quizId && a.userId === attempt.userId);
    const open = mine.find((a) => a.status === 'in_progress');
    if (open) {
      if (!open.expiresAt || open.expiresAt.getTime() + graceMs > now.getTime()) return { attempt: structuredClone(open), resumed: true };
      this.close(open, now);
    }
    const used = mine.filter((a) => a.cycle === enrolment.cycle).length;
    if (attempt.settings.maxAttempts !== null && used >= attempt.settings.maxAttempts) return 'limit' as const;
    const limit = attempt.settings.timeLimitMinutes;
    const record: AttemptRecord = {
      ...structuredClone(attempt),
      id: randomUUID(),
      cycle: enrolment.cycle,
      attemptNo: used + 1,
      status: 'in_progress',
      startedAt: now,
      expiresAt: limit ? new Date(now.getTime() + limit * 60_000) : null,
      submittedAt: null,
      gradedAt: null,
      score: null,
      passed: null,
    };
    this.attempts.set(record.id, record);
    return { attempt: structuredClone(record), resumed: false };
  }

  async find(id: string) {
    const a = this.attempts.get(id);
    return a ? structuredClone(a) : null;
  }

  async responses(attemptId: string): Promise<ResponseRecord[]> {
    return [...(this.responseRows.get(attemptId)?.values() ?? [])].map(({ clientSavedAt: _c, ...r }) => structuredClone(r));
  }

  async attemptsOf(userId: string, quizId: string) {
    return [...this.attempts.values()].filter((a) => a.userId === userId && a.quizId === quizId).map((a) => structuredClone(a));
  }

  async save(attemptId: string, responses: { questionId: string; answer: AnswerValue | null; clientSavedAt: Date | null }[], now: Date, graceMs: number) {
    const a = this.attempts.get(attemptId)!;
    if (a.status !== 'in_progress' || (a.expiresAt && a.expiresAt.getTime() + graceMs <= now.getTime())) return 'closed' as const;
    const rows = this.responseRows.get(attemptId) ?? new Map();
    for (const r of responses) {
      const stored = rows.get(r.questionId);
      if (stored?.clientSavedAt && r.clientSavedAt && r.clientSavedAt < stored.clientSavedAt) continue;
      rows.set(r.questionId, { questionId: r.questionId, answer: structuredClone(r.answer), score: null, comment: null, clientSavedAt: r.clientSavedAt });
    }
    this.responseRows.set(attemptId, rows);
    return 'saved' as const;
  }

  private close(a: AttemptRecord, now: Date): void {
    if (a.status !== 'in_progress') return;
    a.status = 'submitted';
    a.submittedAt = a.expiresAt && a.expiresAt < now ? a.expiresAt : now;
    if (!this.queued.includes(a.id)) this.queued.push(a.id);
  }

  async submit(attemptId: string, now: Date) {
    const a = this.attempts.get(attemptId)!;
    this.close(a, now);
    return structuredClone(a);
  }

  async submitExpired(now: Date, graceMs: number, limit: number) {
    const due = [...this.attempts.values()].filter((a) => a.status === 'in_progress' && a.expiresAt && a.expiresAt.getTime() + graceMs <= now.getTime()).slice(0, limit);
    for (const a of due) this.close(a, now);
    return due.length;
  }

  async gradeSubmitted(): Promise<string[]> {
    throw new Error('FakeAttemptsRepository.gradeSubmitted: grading is tested against PostgreSQL');
  }

  async gradeResponse(): Promise<'graded' | 'not-pending' | 'already-graded'> {
    throw new Error('FakeAttemptsRepository.gradeResponse: essay grading is tested against PostgreSQL');
  }

  async pending(): Promise<{ items: PendingRow[]; total: number }> {
    return { items: [], total: 0 };
  }

  async gradedWithQuestion(): Promise<string[]> {
    return [];
  }

  async setKeyVersion(): Promise<boolean> {
    return false;
  }
}
