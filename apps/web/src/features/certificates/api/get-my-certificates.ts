import { useQuery } from '@tanstack/react-query';
import type { MyCertificate } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** While a PDF is being made (seconds, usually), look again this often. */
export const PREPARING_POLL_MS = 15_000;

/** GET /me/certificates (not paged). A body that is not a list is a failed answer, not data. */
export async function getMyCertificates(signal?: AbortSignal): Promise<MyCertificate[]> {
  const body = await api.get<unknown>('/me/certificates', { signal });
  if (!Array.isArray(body)) throw new ApiError(502, 'Unexpected answer from GET /me/certificates', 'Bad Gateway');
  return body as MyCertificate[];
}

export function useMyCertificates() {
  return useQuery({
    queryKey: queryKeys.certificates,
    queryFn: ({ signal }) => getMyCertificates(signal),
    refetchInterval: (query) => (query.state.data?.some((c) => !c.pdfReady && !c.revoked) ? PREPARING_POLL_MS : false),
  });
}
