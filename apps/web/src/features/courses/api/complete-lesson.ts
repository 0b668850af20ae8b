import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseDetail, EnrolmentView } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { queueCompletion } from '../../../lib/offline/lesson-queue';
import { withItemCompleted, withItemDoneOffline } from '../lib/outline';

/** POST /lessons/:id/complete → 201 the enrolment's new progress; repeating it changes nothing. 409 when not enrolled. */
export function completeLesson(lessonId: string): Promise<EnrolmentView> {
  return api.post<EnrolmentView>(`/lessons/${encodeURIComponent(lessonId)}/complete`);
}

/**
 * Marks the lesson done. The cached course is updated at once (the next screen shows the tick and
 * the new progress with no wait), then the course and "my learning" are refetched from the server.
 * Without a network the completion is kept on this device (lib/offline/lesson-queue.ts) and the
 * answer is null: the tick shows, and the sync runner sends it later.
 */
export function useCompleteLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    networkMode: 'always',
    mutationFn: async (lessonId: string): Promise<EnrolmentView | null> => {
      try {
        return await completeLesson(lessonId);
      } catch (error) {
        if (!(error instanceof ApiError && error.isNetworkError)) throw error;
        queueCompletion(lessonId, courseId);
        return null;
      }
    },
    onSuccess: (enrolment, lessonId) => {
      if (!enrolment) {
        queryClient.setQueryData<CourseDetail>(queryKeys.course(courseId), (course) => (course ? withItemDoneOffline(course, lessonId) : course));
        return;
      }
      queryClient.setQueryData<CourseDetail>(queryKeys.course(courseId), (course) => (course ? withItemCompleted(course, lessonId, enrolment) : course));
      void queryClient.invalidateQueries({ queryKey: queryKeys.enrolments });
      void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
    },
    // 409: not enrolled after all (the course shown was older than that); the fresh course offers Enrol.
    onError: (error) => {
      if (error instanceof ApiError && error.statusCode === 409) void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
    },
  });
}
