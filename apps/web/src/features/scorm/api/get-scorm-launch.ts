import { useQuery } from '@tanstack/react-query';
import type { ScormLaunch } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** GET /scorm-items/:id: the signed launcher URL, its origin and the learner's saved runtime data. 404 when not found or not readable. */
export function getScormLaunch(itemId: string, signal?: AbortSignal): Promise<ScormLaunch> {
  return api.get<ScormLaunch>(`/scorm-items/${encodeURIComponent(itemId)}`, { signal });
}

export const scormLaunchKey = (itemId: string) => ['scorm-items', itemId] as const;

/**
 * Asked afresh on every visit (the launch URL is signed and expires, the saved data moves on), and
 * never refetched while the package plays: a new URL would reload it. Kept in the cache for an
 * offline revisit (`offlineFirst`).
 */
export function useScormLaunch(itemId: string) {
  return useQuery({
    queryKey: scormLaunchKey(itemId),
    queryFn: ({ signal }) => getScormLaunch(itemId, signal),
    staleTime: 0,
    refetchOnReconnect: false,
    refetchOnWindowFocus: false,
    networkMode: 'offlineFirst',
  });
}
