import { getSession } from '../session';
import { LESSON_QUEUE_PREFIX } from './lesson-queue-key';

/**
 * Lessons marked done without a network, kept in localStorage (one list per user, so a shared
 * phone never sends one person's progress with another's token) until the server has them.
 * Each carries the device's time, which the server keeps (clamped) as the completion's own.
 * `sendQueuedCompletions` (./lesson-sync.ts, loaded on its own) is the sync runner's task for them.
 */
export interface QueuedCompletion {
  lessonId: string;
  courseId: string;
  /** When the learner marked it done, on the device's clock (ISO 8601). */
  completedAt: string;
}

/** What the learner is told: saved on this device → syncing → synced. */
export type CompletionSync = 'saved' | 'syncing' | 'synced';

export interface CompletionChange {
  lessonId: string;
  courseId: string;
  /** Undefined when the server refused it for good (not enrolled any more, lesson gone): it was dropped. */
  state: CompletionSync | undefined;
}

const states = new Map<string, CompletionSync>();
const listeners = new Set<(change: CompletionChange) => void>();

function storageKey(): string | null {
  const userId = getSession()?.user.id;
  return userId ? LESSON_QUEUE_PREFIX + userId : null;
}

/** The signed-in user's completions not yet on the server, oldest first. */
export function queuedCompletions(): QueuedCompletion[] {
  const key = storageKey();
  try {
    const parsed: unknown = key ? JSON.parse(localStorage.getItem(key) ?? '[]') : [];
    return Array.isArray(parsed) ? parsed.filter((e): e is QueuedCompletion => typeof e?.lessonId === 'string' && typeof e.courseId === 'string' && typeof e.completedAt === 'string') : [];
  } catch {
    return [];
  }
}

function writeQueue(entries: QueuedCompletion[]): void {
  const key = storageKey();
  if (!key) return;
  try {
    if (entries.length) localStorage.setItem(key, JSON.stringify(entries));
    else localStorage.removeItem(key);
  } catch {
    // storage full or disabled: the completion lasts for this page only
  }
}

/** Records where an entry stands and tells the listeners. */
export function setCompletionSync(entry: Pick<QueuedCompletion, 'lessonId' | 'courseId'>, state: CompletionSync | undefined): void {
  if (state) states.set(entry.lessonId, state);
  else states.delete(entry.lessonId);
  for (const listener of listeners) listener({ lessonId: entry.lessonId, courseId: entry.courseId, state });
}

/** The server took the completion ('synced') or refused it for good (undefined): it leaves the queue. */
export function settleCompletion(entry: Pick<QueuedCompletion, 'lessonId' | 'courseId'>, state: 'synced' | undefined): void {
  writeQueue(queuedCompletions().filter((e) => e.lessonId !== entry.lessonId));
  setCompletionSync(entry, state);
}

/** Keeps a completion the network could not take. Marking a queued lesson again keeps its first time. */
export function queueCompletion(lessonId: string, courseId: string, completedAt = new Date().toISOString()): void {
  const entries = queuedCompletions();
  if (!entries.some((e) => e.lessonId === lessonId)) writeQueue([...entries, { lessonId, courseId, completedAt }]);
  setCompletionSync({ lessonId, courseId }, 'saved');
}

/** Where the lesson's offline completion stands; undefined when there is none (or it was never offline). */
export function completionSync(lessonId: string): CompletionSync | undefined {
  return states.get(lessonId) ?? (queuedCompletions().some((e) => e.lessonId === lessonId) ? 'saved' : undefined);
}

export function subscribeCompletions(listener: (change: CompletionChange) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
