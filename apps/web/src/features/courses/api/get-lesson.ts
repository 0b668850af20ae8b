import { useQuery } from '@tanstack/react-query';
import type { LessonView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** GET /lessons/:id: the lesson's sanitised HTML, its attachments and what it costs to download. */
export function getLesson(lessonId: string, signal?: AbortSignal): Promise<LessonView> {
  return api.get<LessonView>(`/lessons/${encodeURIComponent(lessonId)}`, { signal });
}

export function useLesson(lessonId: string) {
  // Lesson text rarely changes while someone reads it; the server's ETag keeps refetches cheap anyway.
  // offlineFirst: ask even without a network, as the copy downloaded for offline reading may answer.
  return useQuery({ queryKey: queryKeys.lesson(lessonId), queryFn: ({ signal }) => getLesson(lessonId, signal), staleTime: 10 * 60_000, networkMode: 'offlineFirst' });
}
