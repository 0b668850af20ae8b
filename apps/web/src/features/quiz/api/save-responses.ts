import type { SaveResponsesResult } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import type { PendingAnswer } from '../lib/pending-answers';

/**
 * PUT /attempts/:id/responses: autosave. Each response carries the device's time of the change
 * (`savedAt`): the server ignores a write older than the one it has, so replaying is safe.
 * 409 once the attempt is closed (submitted, or its time ran out).
 */
export function saveResponses(attemptId: string, responses: readonly PendingAnswer[]): Promise<SaveResponsesResult> {
  return api.put<SaveResponsesResult>(`/attempts/${encodeURIComponent(attemptId)}/responses`, {
    responses: responses.map(({ questionId, answer, savedAt }) => ({ questionId, answer, savedAt })),
  });
}
