import { useQuery } from '@tanstack/react-query';
import type { CourseOfflineSize } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** GET /courses/:id/offline: what downloading the course for offline reading costs, lesson by lesson. */
export function getOfflineSize(courseId: string, signal?: AbortSignal): Promise<CourseOfflineSize> {
  return api.get<CourseOfflineSize>(`/courses/${encodeURIComponent(courseId)}/offline`, { signal });
}

// Not under the course's key: completing a lesson refetches the course, and the size stays the same.
export const offlineSizeKey = (courseId: string) => ['offline-size', courseId] as const;

/** Asked only where a download is possible (`enabled`: the browser has Cache Storage). */
export function useOfflineSize(courseId: string, enabled: boolean) {
  return useQuery({ queryKey: offlineSizeKey(courseId), queryFn: ({ signal }) => getOfflineSize(courseId, signal), enabled });
}
