import { ApiError } from '../../../lib/api-client';
import { submitAttempt } from '../api/submit-attempt';
import { AnswerSync } from './answer-sync';
import { forgetOfflineAttempt, offlineAttempts } from './offline-attempts';
import { clearPending, hasPending } from './pending-answers';

/**
 * The quiz's sync task (lib/offline/sync-runner.ts runs it at start, on `online` and every 30 s
 * while something is left): for each of the learner's attempts kept on this device, the answers
 * not yet on the server, then the submit pressed offline. The server takes answers only while the
 * attempt is open (until its time limit, plus 30 s for a save already on its way), and the rules
 * of last-write-wins by `savedAt`; an attempt it has closed (409) is forgotten here. Rejects while
 * anything stays unsent, so the runner tries again.
 */
export async function sendOfflineQuizWork(): Promise<void> {
  let unsent = 0;
  for (const entry of offlineAttempts()) {
    const id = entry.attempt.id;
    if (!entry.submitQueuedAt && !hasPending(id)) continue;
    let closed = false;
    const sync = new AnswerSync({ attemptId: id, expiresAt: entry.attempt.expiresAt, onClosed: () => (closed = true) });
    const outcome = await sync.flushAll();
    if (closed || outcome === 'closed') {
      forgetOfflineAttempt(id);
      continue;
    }
    if (outcome !== 'saved') {
      unsent++;
      continue;
    }
    if (!entry.submitQueuedAt) continue;
    try {
      await submitAttempt(id);
      clearPending(id);
      forgetOfflineAttempt(id);
    } catch (error) {
      // 409: already closed (submitted elsewhere, or its time ran out and the server submitted it).
      if (error instanceof ApiError && (error.statusCode === 409 || error.statusCode === 404)) forgetOfflineAttempt(id);
      else unsent++;
    }
  }
  if (unsent) throw new Error(`${unsent} attempt(s) still to send`);
}
