import type { AnswerValue } from '@lms/contracts';

/**
 * Answers changed on this device and not yet confirmed by the server, kept in localStorage under
 * `lane.quiz.pending.<attemptId>` so that neither a reload, a killed tab nor a lost connection
 * loses them. One entry per question: the newest change wins (by `savedAt`, the device's time of
 * the change, which the server also uses to ignore older writes replayed late).
 */
export interface PendingAnswer {
  questionId: string;
  /** Null clears the answer. */
  answer: AnswerValue | null;
  /** ISO 8601, when the learner made the change on this device. */
  savedAt: string;
}

const PREFIX = 'lane.quiz.pending.';
/** Kept in memory when storage is unavailable (private mode, quota): the answers last for this page. */
const memory = new Map<string, Record<string, PendingAnswer>>();

export const pendingStorageKey = (attemptId: string) => `${PREFIX}${attemptId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isPendingAnswer(value: unknown): value is PendingAnswer {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<PendingAnswer>;
  return typeof entry.questionId === 'string' && typeof entry.savedAt === 'string' && 'answer' in entry;
}

function load(attemptId: string): Record<string, PendingAnswer> {
  const inMemory = memory.get(attemptId);
  if (inMemory) return { ...inMemory };
  const raw = storage()?.getItem(pendingStorageKey(attemptId));
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    const entries: Record<string, PendingAnswer> = {};
    for (const value of Object.values(parsed ?? {})) if (isPendingAnswer(value)) entries[value.questionId] = value;
    return entries;
  } catch {
    return {};
  }
}

function store(attemptId: string, entries: Record<string, PendingAnswer>): void {
  const key = pendingStorageKey(attemptId);
  const empty = Object.keys(entries).length === 0;
  try {
    const target = storage();
    if (!target) throw new Error('no storage');
    if (empty) target.removeItem(key);
    else target.setItem(key, JSON.stringify(entries));
    memory.delete(attemptId);
  } catch {
    if (empty) memory.delete(attemptId);
    else memory.set(attemptId, entries);
  }
}

/** The unsent answers of an attempt, oldest change first. */
export function readPending(attemptId: string): PendingAnswer[] {
  return Object.values(load(attemptId)).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

export function hasPending(attemptId: string): boolean {
  return readPending(attemptId).length > 0;
}

/** Records a change; an entry older than the one already kept for its question is ignored. */
export function putPending(attemptId: string, entry: PendingAnswer): void {
  const entries = load(attemptId);
  const current = entries[entry.questionId];
  if (current && current.savedAt > entry.savedAt) return;
  entries[entry.questionId] = entry;
  store(attemptId, entries);
}

/**
 * Forgets what the server confirmed: each sent entry, unless the question changed again since
 * (a newer `savedAt`), in which case the newer change stays queued.
 */
export function removeSent(attemptId: string, sent: readonly PendingAnswer[]): void {
  const entries = load(attemptId);
  for (const entry of sent) {
    const current = entries[entry.questionId];
    const same = current && current.savedAt === entry.savedAt && JSON.stringify(current.answer) === JSON.stringify(entry.answer);
    if (current && (current.savedAt < entry.savedAt || same)) delete entries[entry.questionId];
  }
  store(attemptId, entries);
}

export function clearPending(attemptId: string): void {
  store(attemptId, {});
}
