import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { LessonPreview } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { pause } from '../lib/pause';

/**
 * POST /lessons/:id/preview {markdown}: the text rendered and sanitised by the server's own
 * renderer, with signed picture links and the lesson's weight; nothing is saved. Asked once
 * typing pauses; the last answer stays on screen while the next is on its way.
 */
export function useLessonPreview(lessonId: string, markdown: string, version: number) {
  return useQuery({
    // `version` (the attachments' count) asks again once a new picture counts in the weight.
    queryKey: ['authoring', 'lesson-preview', lessonId, version, markdown] as const,
    queryFn: async ({ signal }) => {
      await pause(signal);
      return api.post<LessonPreview>(`/lessons/${encodeURIComponent(lessonId)}/preview`, { markdown }, { signal });
    },
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}
