import type { ScormCommit, ScormCommitResult } from '@lms/contracts';
import { api, ApiError } from '../api-client';
import { queuedScormCommit, queuedScormCommits, setScormSync, settleScormCommit } from './scorm-queue';

/**
 * Sends the latest queued commit of every item, one by one (PUT /scorm-items/:id/runtime; the
 * server keeps the highest seq, so sending one twice is harmless). 404 (item gone), 409 (not
 * enrolled), 400 (data SCORM 1.2 does not allow) and 413 (too large) drop it, as the server will
 * never take it, and the rest go on. Any other failure (no network, 5xx) keeps it and the rest,
 * and rejects, so that the runner tries again later.
 */
const REFUSED_FOR_GOOD = new Set([400, 404, 409, 413]);

export async function sendQueuedScormCommits(): Promise<void> {
  const items = queuedScormCommits().map((e) => e.itemId);
  for (const [index, itemId] of items.entries()) {
    // Read again: the package may have committed again while the previous item was on its way.
    const entry = queuedScormCommit(itemId);
    if (!entry) continue;
    setScormSync(entry, 'syncing');
    const body: ScormCommit = { cmi: entry.cmi, seq: entry.seq, committedAt: entry.committedAt, finished: entry.finished };
    let result: ScormCommitResult;
    try {
      result = await api.put<ScormCommitResult>(`/scorm-items/${encodeURIComponent(entry.itemId)}/runtime`, body);
    } catch (error) {
      if (error instanceof ApiError && REFUSED_FOR_GOOD.has(error.statusCode)) {
        settleScormCommit(entry, undefined);
        continue;
      }
      for (const left of items.slice(index)) {
        const waiting = queuedScormCommit(left);
        if (waiting) setScormSync(waiting, 'saved');
      }
      throw error;
    }
    settleScormCommit(entry, 'synced', result);
  }
}
