import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { completionSync, subscribeCompletions, type CompletionSync } from '../../../lib/offline/lesson-queue';
import { queryKeys } from '../../../lib/query-keys';

/**
 * Where a lesson marked done offline stands (saved on this device, syncing, synced), and, once
 * the server has taken or refused one of the course's completions, the course and "my learning"
 * refetched so that they show the server's own progress.
 */
export function useCompletionSync(lessonId: string, courseId: string): CompletionSync | undefined {
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(subscribeCompletions, useCallback(() => completionSync(lessonId), [lessonId]));
  useEffect(
    () =>
      subscribeCompletions((change) => {
        if (change.courseId !== courseId || change.state === 'saved' || change.state === 'syncing') return;
        void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.enrolments });
      }),
    [courseId, queryClient],
  );
  return state;
}
