import type { EnrolmentView } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/**
 * GET /me/enrolments (not paged): every course of the learner, overdue first, then open ones by
 * due date, then completed ones. A body that is not a list (a captive portal's page on a hotel or
 * office network answers 200 with HTML) is treated as a failed answer, not as data.
 */
export async function getMyEnrolments(signal?: AbortSignal): Promise<EnrolmentView[]> {
  const body = await api.get<unknown>('/me/enrolments', { signal });
  if (!Array.isArray(body)) throw new ApiError(502, 'Unexpected answer from GET /me/enrolments', 'Bad Gateway');
  return body as EnrolmentView[];
}

/**
 * The query, for useQuery (hooks/use-my-enrolments.ts) and for the home screen's prefetch. No
 * TanStack hook is imported here: this file is in the first download, the hook is not.
 */
export const myEnrolmentsQuery = {
  queryKey: queryKeys.enrolments,
  queryFn: ({ signal }: { signal?: AbortSignal }) => getMyEnrolments(signal),
};
