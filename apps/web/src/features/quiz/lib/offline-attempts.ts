import type { AnswerValue, QuizLearnerView } from '@lms/contracts';
import { getSession } from '../../../lib/session';
import type { OpenAttempt } from '../api/start-attempt';
import { OFFLINE_ATTEMPT_PREFIX as PREFIX } from './offline-attempt-key';

/**
 * The open attempts kept on this device, in localStorage under `lane.quiz.attempt.<attemptId>`,
 * so that a quiz started online can go on offline: after a reload without a connection the
 * questions come from here (never any answer key: the server sends none), and the answers from
 * pending-answers.ts. A submit pressed offline is recorded here too (`submitQueuedAt`) and sent by
 * offline-sync.ts once the connection is back. Each entry names its learner, so that someone else
 * signing in on the same phone neither sees nor sends it.
 */
export interface OfflineAttempt {
  userId: string;
  quiz: QuizLearnerView;
  attempt: OpenAttempt;
  /** When the learner pressed submit without a connection (device time, ISO 8601). */
  submitQueuedAt?: string;
}

const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(key: string): OfflineAttempt | null {
  try {
    const value = JSON.parse(storage()?.getItem(key) ?? 'null') as OfflineAttempt | null;
    return value && typeof value.userId === 'string' && value.attempt?.id && value.quiz?.id ? value : null;
  } catch {
    return null;
  }
}

function write(entry: OfflineAttempt): void {
  try {
    storage()?.setItem(PREFIX + entry.attempt.id, JSON.stringify(entry));
  } catch {
    // storage full or disabled: the attempt goes on online, as before
  }
  for (const listener of listeners) listener();
}

/** The current learner's attempts kept on this device. */
export function offlineAttempts(): OfflineAttempt[] {
  const store = storage();
  const userId = getSession()?.user.id;
  if (!store || !userId) return [];
  const entries: OfflineAttempt[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    const entry = key?.startsWith(PREFIX) ? read(key) : null;
    if (entry?.userId === userId) entries.push(entry);
  }
  return entries;
}

/** The open attempt of a quiz kept on this device, if any. */
export function offlineAttemptOf(quizId: string): OfflineAttempt | null {
  return offlineAttempts().find((entry) => entry.quiz.id === quizId) ?? null;
}

export function offlineAttempt(attemptId: string): OfflineAttempt | null {
  const entry = read(PREFIX + attemptId);
  return entry && entry.userId === getSession()?.user.id ? entry : null;
}

/** Keeps an attempt just started or resumed online (replacing any older copy of it). */
export function keepOfflineAttempt(quiz: QuizLearnerView, attempt: OpenAttempt): void {
  const userId = getSession()?.user.id;
  if (!userId) return;
  const before = offlineAttempt(attempt.id);
  write({ userId, quiz, attempt, ...(before?.submitQueuedAt ? { submitQueuedAt: before.submitQueuedAt } : {}) });
}

/** A change of answer, laid over the device's copy, so that a reload offline shows every answer given. */
export function keepAnswer(attemptId: string, questionId: string, answer: AnswerValue | null): void {
  const entry = offlineAttempt(attemptId);
  if (!entry) return;
  const questions = entry.attempt.questions.map((question) => (question.id === questionId ? { ...question, answer } : question));
  write({ ...entry, attempt: { ...entry.attempt, questions } });
}

/** The learner submitted without a connection: sent as soon as it can be. */
export function queueSubmit(attemptId: string): void {
  const entry = offlineAttempt(attemptId);
  if (entry && !entry.submitQueuedAt) write({ ...entry, submitQueuedAt: new Date().toISOString() });
}

export function isSubmitQueued(attemptId: string): boolean {
  return Boolean(offlineAttempt(attemptId)?.submitQueuedAt);
}

/** The attempt is closed (submitted, or its time ran out): nothing of it is needed on the device. */
export function forgetOfflineAttempt(attemptId: string): void {
  const store = storage();
  if (store?.getItem(PREFIX + attemptId) == null) return;
  store.removeItem(PREFIX + attemptId);
  for (const listener of listeners) listener();
}

/** Called on every change, for screens that wait for a queued submit to go through. */
export function subscribeOfflineAttempts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
