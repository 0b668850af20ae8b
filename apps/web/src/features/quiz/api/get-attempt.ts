import { useQuery } from '@tanstack/react-query';
import type { AttemptView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** How often a submitted attempt is asked for again while the worker grades it. */
export const GRADING_POLL_MS = 1_500;
/** After a minute of waiting (a busy or stopped worker), ask less often: phones pay for every request. */
const SLOW_POLL_MS = 10_000;
const FAST_POLLS = 40;

/** GET /attempts/:id: the attempt with the learner's answers and, once graded, the results the quiz allows. */
export function getAttempt(attemptId: string): Promise<AttemptView> {
  return api.get<AttemptView>(`/attempts/${encodeURIComponent(attemptId)}`);
}

/** The attempt, asked for again every 1.5 s while it is being graded (every 10 s after the first minute). */
export function useAttempt(attemptId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.attempt(attemptId ?? ''),
    queryFn: () => getAttempt(attemptId!),
    enabled: Boolean(attemptId),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status !== 'submitted' ? false : query.state.dataUpdateCount < FAST_POLLS ? GRADING_POLL_MS : SLOW_POLL_MS),
  });
}
