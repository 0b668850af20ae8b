import { api, ApiError } from '../api-client';
import { queuedCompletions, setCompletionSync, settleCompletion } from './lesson-queue';

/**
 * Sends every queued completion, one by one. 409 (not enrolled any more) and 404 (lesson gone)
 * drop an entry, as the server will never take it. Any other failure (no network, 5xx) keeps it
 * and the rest, and rejects, so that the runner tries again later.
 */
export async function sendQueuedCompletions(): Promise<void> {
  const entries = queuedCompletions();
  for (const [index, entry] of entries.entries()) {
    setCompletionSync(entry, 'syncing');
    let state: 'synced' | undefined = 'synced';
    try {
      await api.post(`/lessons/${encodeURIComponent(entry.lessonId)}/complete`, { completedAt: entry.completedAt });
    } catch (error) {
      if (!(error instanceof ApiError && (error.statusCode === 409 || error.statusCode === 404))) {
        for (const left of entries.slice(index)) setCompletionSync(left, 'saved');
        throw error;
      }
      state = undefined;
    }
    settleCompletion(entry, state);
  }
}
