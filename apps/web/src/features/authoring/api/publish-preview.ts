import { useQuery } from '@tanstack/react-query';
import type { PublishPreview } from '@lms/contracts';
import { api } from '../../../lib/api-client';

export const publishPreviewKey = (courseId: string) => ['authoring', 'publish-preview', courseId] as const;

/** GET /courses/:id/publish-preview: what publishing now would change for learners; asked each time the confirmation opens. */
export function usePublishPreview(courseId: string) {
  return useQuery({
    queryKey: publishPreviewKey(courseId),
    queryFn: ({ signal }) => api.get<PublishPreview>(`/courses/${encodeURIComponent(courseId)}/publish-preview`, { signal }),
    staleTime: 0,
    gcTime: 0,
  });
}
