import type { AnswerValue, SaveResponsesResult } from '@lms/contracts';
import { ApiError } from '../../../lib/api-client';
import { saveResponses } from '../api/save-responses';
import { clearPending, hasPending, putPending, readPending, removeSent, type PendingAnswer } from './pending-answers';

/**
 * What the learner sees of autosave:
 * saving: a change is on its way (or about to be); saved: the server has every answer;
 * offline: kept on this device, sent once the connection is back; retrying: the server failed,
 * kept on this device and tried again shortly; rejected: the server refused an answer's shape;
 * closed: the attempt was submitted or its time ran out (409).
 */
export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'retrying' | 'rejected' | 'closed';
export type FlushOutcome = 'saved' | 'offline' | 'closed' | 'failed';

export interface SyncSnapshot {
  state: SaveState;
  /** Server time minus device time, learnt from the save answers; 0 until the first one. */
  clockOffsetMs: number;
  /** The deadline as the server last stated it. */
  expiresAt: string | null;
}

export interface AnswerSyncOptions {
  attemptId: string;
  expiresAt: string | null;
  onClosed: () => void;
  /** Quiet time after the last change before a save is sent; changes meanwhile go in one request. */
  debounceMs?: number;
  send?: (attemptId: string, responses: readonly PendingAnswer[]) => Promise<SaveResponsesResult>;
}

const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000];

/** Which of a batch the server refused with 400: by question id, or by `responses.N.…` field. */
function rejectedEntries(error: ApiError, batch: readonly PendingAnswer[]): PendingAnswer[] {
  const named = new Set<string>();
  for (const detail of error.details) {
    if (!detail || typeof detail !== 'object') continue;
    const { questionId, field } = detail as { questionId?: unknown; field?: unknown };
    if (typeof questionId === 'string') named.add(questionId);
    const index = typeof field === 'string' ? /^responses\.(\d+)(\.|$)/.exec(field)?.[1] : undefined;
    if (index !== undefined && batch[Number(index)]) named.add(batch[Number(index)].questionId);
  }
  // Nothing recognisable: the batch as a whole cannot be saved, and resending it would loop.
  return named.size ? batch.filter((entry) => named.has(entry.questionId)) : [...batch];
}

/**
 * Autosave of one attempt, outside React so that its timers and requests do not depend on
 * renders. Every change goes first to localStorage (pending-answers.ts), then, after a quiet
 * moment, to PUT /attempts/:id/responses in one batch. One request at a time; what fails stays
 * queued and is sent again when the browser comes back online, shortly after a server error,
 * when the page is hidden, and on the next load.
 */
export class AnswerSync {
  private readonly attemptId: string;
  private readonly debounceMs: number;
  private readonly send: NonNullable<AnswerSyncOptions['send']>;
  private readonly onClosed: () => void;
  private snapshot: SyncSnapshot;
  private readonly listeners = new Set<() => void>();
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retries = 0;
  private inFlight: Promise<FlushOutcome> | null = null;
  private lastSavedAt = '';
  private running = false;

  constructor(options: AnswerSyncOptions) {
    this.attemptId = options.attemptId;
    this.debounceMs = options.debounceMs ?? 800;
    this.send = options.send ?? saveResponses;
    this.onClosed = options.onClosed;
    this.snapshot = { state: hasPending(this.attemptId) ? 'saving' : 'idle', clockOffsetMs: 0, expiresAt: options.expiresAt };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SyncSnapshot => this.snapshot;

  /**
   * Starts listening for the connection and the page being hidden, and sends what an earlier
   * visit left unsent. A timed attempt with nothing to send still sends an empty save: its answer
   * tells the server's time (for the countdown) and whether the attempt is still open.
   */
  start(): void {
    if (this.running) return;
    this.running = true;
    window.addEventListener('online', this.handleOnline);
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.snapshot.state === 'closed') return;
    if (hasPending(this.attemptId)) void this.flush();
    else if (this.snapshot.expiresAt) void this.ping();
  }

  /** Stops timers and listeners; anything still queued is sent once more, then waits for the next visit. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    window.removeEventListener('online', this.handleOnline);
    document.removeEventListener('visibilitychange', this.handleVisibility);
    clearTimeout(this.retryTimer);
    if (this.debounceTimer !== undefined) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
      void this.flush();
    }
  }

  /** A change by the learner: kept on this device at once, sent after the quiet moment. */
  readonly record = (questionId: string, answer: AnswerValue | null): void => {
    if (this.snapshot.state === 'closed') return;
    putPending(this.attemptId, { questionId, answer, savedAt: this.nextSavedAt() });
    // Offline or waiting to retry: the change joins the queue, and the message stays as it is.
    if (this.snapshot.state !== 'offline' && this.snapshot.state !== 'retrying') this.update({ state: 'saving' });
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.flush();
    }, this.debounceMs);
  };

  /** Sends everything queued (waiting for a request on its way first), for submitting. */
  readonly flushAll = async (): Promise<FlushOutcome> => {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    let outcome: FlushOutcome;
    do outcome = await this.flush();
    while (outcome === 'saved' && hasPending(this.attemptId));
    return outcome;
  };

  /** Sends what is queued now, after any request already on its way. */
  async flush(): Promise<FlushOutcome> {
    while (this.inFlight) await this.inFlight;
    if (this.snapshot.state === 'closed') return 'closed';
    const batch = readPending(this.attemptId);
    if (!batch.length) {
      if (this.snapshot.state !== 'idle') this.update({ state: 'saved' });
      return 'saved';
    }
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      this.update({ state: 'offline' });
      return 'offline';
    }
    this.inFlight = this.sendBatch(batch).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async ping(): Promise<void> {
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    while (this.inFlight) await this.inFlight;
    this.inFlight = this.sendBatch([]).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  private async sendBatch(batch: readonly PendingAnswer[]): Promise<FlushOutcome> {
    const sentAt = Date.now();
    try {
      const result = await this.send(this.attemptId, batch);
      removeSent(this.attemptId, batch);
      this.retries = 0;
      clearTimeout(this.retryTimer);
      const serverNow = Date.parse(result?.savedAt ?? '');
      const clockOffsetMs = Number.isNaN(serverNow) ? this.snapshot.clockOffsetMs : serverNow - (sentAt + Date.now()) / 2;
      const expiresAt = result && 'expiresAt' in result ? result.expiresAt : this.snapshot.expiresAt;
      const state: SaveState = hasPending(this.attemptId) ? 'saving' : batch.length || this.snapshot.state !== 'idle' ? 'saved' : 'idle';
      this.update({ state, clockOffsetMs, expiresAt });
      return 'saved';
    } catch (error) {
      return this.failed(error, batch);
    }
  }

  private failed(error: unknown, batch: readonly PendingAnswer[]): FlushOutcome {
    if (error instanceof ApiError && error.statusCode === 409) {
      clearTimeout(this.retryTimer);
      clearTimeout(this.debounceTimer);
      // A closed attempt takes no more answers: nothing queued can ever be saved.
      clearPending(this.attemptId);
      this.update({ state: 'closed' });
      this.onClosed();
      return 'closed';
    }
    if (error instanceof ApiError && error.statusCode === 400 && batch.length) {
      removeSent(this.attemptId, rejectedEntries(error, batch));
      this.update({ state: 'rejected' });
      if (hasPending(this.attemptId)) this.scheduleRetry(0);
      return 'failed';
    }
    if (!batch.length) return 'failed'; // a ping that failed changes nothing for the learner
    const offline = error instanceof ApiError && error.isNetworkError;
    this.update({ state: offline ? 'offline' : 'retrying' });
    this.scheduleRetry();
    return offline ? 'offline' : 'failed';
  }

  private scheduleRetry(delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]): void {
    if (!this.running) return;
    clearTimeout(this.retryTimer);
    this.retries += 1;
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  private readonly handleOnline = (): void => {
    clearTimeout(this.retryTimer);
    if (hasPending(this.attemptId)) void this.flush();
  };

  /** Phones kill hidden tabs without warning: send at once rather than after the quiet moment. */
  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden' && hasPending(this.attemptId)) {
      clearTimeout(this.debounceTimer);
      this.debounceTimer = undefined;
      void this.flush();
    }
  };

  /** The device's time of a change, always after the previous one, so the server keeps the last. */
  private nextSavedAt(): string {
    let at = new Date().toISOString();
    if (at <= this.lastSavedAt) at = new Date(Date.parse(this.lastSavedAt) + 1).toISOString();
    this.lastSavedAt = at;
    return at;
  }

  private update(patch: Partial<SyncSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if (next.state === this.snapshot.state && next.clockOffsetMs === this.snapshot.clockOffsetMs && next.expiresAt === this.snapshot.expiresAt) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
