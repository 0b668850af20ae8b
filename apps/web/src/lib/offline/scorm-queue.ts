import type { ScormCommitResult } from '@lms/contracts';
import { getSession } from '../session';
import { SCORM_QUEUE_PREFIX } from './scorm-queue-key';

/**
 * The SCORM packages' commits not yet on the server, kept in localStorage (one list per user, as
 * for lessons: a shared phone never sends one person's progress with another's token). Only the
 * latest commit of each item is kept: the runtime data is a whole snapshot, so a newer one makes
 * the older worthless, and the server keeps the one with the highest `seq` anyway.
 * Every commit is written here first, then sent (./scorm-sync.ts, the sync runner's task), so
 * that a lost network or a closed tab loses nothing.
 */
export interface QueuedScormCommit {
  itemId: string;
  courseId: string;
  cmi: Record<string, unknown>;
  /** Increases with every commit on this device (nextScormSeq). */
  seq: number;
  /** When the package committed, on the device's clock (ISO 8601). */
  committedAt: string;
  /** LMSFinish rather than LMSCommit. */
  finished: boolean;
}

/** What the learner is told: saved on this device → syncing → synced. */
export type ScormSync = 'saved' | 'syncing' | 'synced';

export interface ScormCommitChange {
  itemId: string;
  courseId: string;
  seq: number;
  /** Undefined when the server refused the commit for good (not enrolled, item gone): it was dropped. */
  state: ScormSync | undefined;
  /** The server's answer, when it took the commit. */
  result?: ScormCommitResult;
}

type Entry = Pick<QueuedScormCommit, 'itemId' | 'courseId' | 'seq'>;

const states = new Map<string, ScormSync>();
/** The last seq handed out per item in this page: a synced commit leaves the queue, its seq must still be beaten. */
const issued = new Map<string, number>();
/** Lists localStorage refused (full or disabled), kept for this page instead, by storage key. */
const unstored = new Map<string, QueuedScormCommit[]>();
const listeners = new Set<(change: ScormCommitChange) => void>();

function storageKey(): string | null {
  const userId = getSession()?.user.id;
  return userId ? SCORM_QUEUE_PREFIX + userId : null;
}

const isCommit = (e: Partial<QueuedScormCommit> | null): e is QueuedScormCommit =>
  typeof e?.itemId === 'string' &&
  typeof e.courseId === 'string' &&
  typeof e.seq === 'number' &&
  typeof e.committedAt === 'string' &&
  typeof e.finished === 'boolean' &&
  typeof e.cmi === 'object' &&
  e.cmi !== null;

/** The signed-in user's commits not yet on the server, one per item, oldest first. */
export function queuedScormCommits(): QueuedScormCommit[] {
  const key = storageKey();
  if (!key) return [];
  const kept = unstored.get(key);
  if (kept) return kept;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isCommit) : [];
  } catch {
    return [];
  }
}

export function queuedScormCommit(itemId: string): QueuedScormCommit | undefined {
  return queuedScormCommits().find((e) => e.itemId === itemId);
}

function writeQueue(entries: QueuedScormCommit[]): void {
  const key = storageKey();
  if (!key) return;
  try {
    if (entries.length) localStorage.setItem(key, JSON.stringify(entries));
    else localStorage.removeItem(key);
    unstored.delete(key);
  } catch {
    unstored.set(key, entries);
  }
}

/**
 * The seq for a new commit of the item: the clock's milliseconds, or one more than the last
 * seq known (the server's, the one waiting here, the last handed out) when the clock is behind.
 */
export function nextScormSeq(itemId: string, serverSeq: number): number {
  const last = Math.max(serverSeq, queuedScormCommit(itemId)?.seq ?? 0, issued.get(itemId) ?? 0);
  const seq = Math.max(Date.now(), last + 1);
  issued.set(itemId, seq);
  return seq;
}

/** Records where an item's commit stands and tells the listeners. */
export function setScormSync(entry: Entry, state: ScormSync | undefined, result?: ScormCommitResult): void {
  if (state) states.set(entry.itemId, state);
  else states.delete(entry.itemId);
  for (const listener of listeners) listener({ itemId: entry.itemId, courseId: entry.courseId, seq: entry.seq, state, result });
}

/** Keeps the commit in place of the item's older one; an older or equal seq than the one kept changes nothing. */
export function queueScormCommit(commit: QueuedScormCommit): void {
  const entries = queuedScormCommits();
  const kept = entries.find((e) => e.itemId === commit.itemId);
  if (kept && kept.seq >= commit.seq) return;
  writeQueue([...entries.filter((e) => e.itemId !== commit.itemId), commit]);
  setScormSync(commit, 'saved');
}

/**
 * The server took the commit ('synced', with its answer) or refused it for good (undefined): it
 * leaves the queue, unless a newer commit of the item took its place meanwhile, which stays
 * (and keeps its own state) to be sent in turn.
 */
export function settleScormCommit(entry: Entry, state: 'synced' | undefined, result?: ScormCommitResult): void {
  const entries = queuedScormCommits();
  const current = entries.find((e) => e.itemId === entry.itemId);
  if (current && current.seq !== entry.seq) {
    setScormSync(entry, states.get(entry.itemId) ?? 'saved', result);
    return;
  }
  if (current) writeQueue(entries.filter((e) => e.itemId !== entry.itemId));
  setScormSync(entry, state, result);
}

/** Where the item's latest commit stands; undefined when there is none on this device. */
export function scormSync(itemId: string): ScormSync | undefined {
  return states.get(itemId) ?? (queuedScormCommit(itemId) ? 'saved' : undefined);
}

export function subscribeScormCommits(listener: (change: ScormCommitChange) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
