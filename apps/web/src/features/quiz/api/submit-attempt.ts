import type { AttemptStatus } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** POST /attempts/:id/submit → 202: closes the attempt and queues its grading. Submitting twice is harmless. */
export function submitAttempt(attemptId: string): Promise<{ id: string; status: AttemptStatus }> {
  return api.post<{ id: string; status: AttemptStatus }>(`/attempts/${encodeURIComponent(attemptId)}/submit`);
}
