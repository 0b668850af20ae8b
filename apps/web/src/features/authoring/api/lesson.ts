import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AttachmentView, LessonView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { draftCourseKey } from './draft-course';

export const lessonKey = (lessonId: string) => ['authoring', 'lesson', lessonId] as const;

/** GET /lessons/:id as its author reads it: the draft, with its Markdown source. */
export function useLesson(lessonId: string) {
  return useQuery({ queryKey: lessonKey(lessonId), queryFn: ({ signal }) => api.get<LessonView>(`/lessons/${encodeURIComponent(lessonId)}`, { signal }) });
}

/** PATCH /lessons/:id {title?, markdown?}: the answer is the saved lesson; the outline shows the new title. */
export function useSaveLesson(courseId: string, lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { title?: string; markdown?: string }) => api.patch<LessonView>(`/lessons/${encodeURIComponent(lessonId)}`, change),
    onSuccess: (lesson) => {
      queryClient.setQueryData(lessonKey(lessonId), lesson);
      return queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) });
    },
  });
}

/** POST /lessons/:id/attachments (multipart `file`): 201 the attachment, 415 for a type the server does not take. */
export function useUploadAttachment(lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return api.post<AttachmentView>(`/lessons/${encodeURIComponent(lessonId)}/attachments`, form);
    },
    // The lesson's attachments (and its weight) changed; the text being written stays as it is.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: lessonKey(lessonId) }),
  });
}
