import { useQueryClient } from '@tanstack/react-query';
import type { ScormLaunch } from '@lms/contracts';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { nextScormSeq, queuedScormCommit, queueScormCommit, scormSync, subscribeScormCommits, type ScormSync } from '../../../lib/offline/scorm-queue';
import { SCORM_SYNC_TASK } from '../../../lib/offline/scorm-queue-key';
import { sendQueuedScormCommits } from '../../../lib/offline/scorm-sync';
import { registerSyncTask, runSyncTasks } from '../../../lib/offline/sync-runner';
import { queryKeys } from '../../../lib/query-keys';

export interface ScormRuntime {
  /** The data to resume from: this page's last commit, else the newer of the one waiting on this device and the server's. */
  resumeCmi: () => Record<string, unknown> | null;
  /** A commit of the package: kept on the device first, then sent at once. A preview keeps nothing. */
  commit: (cmi: Record<string, unknown>, finished: boolean) => void;
  /** Where the last commit stands; undefined before the first (and always in a preview). */
  sync: ScormSync | undefined;
  completed: boolean;
  /** The server refused a commit for good (not enrolled any more, item gone). */
  refused: boolean;
}

/**
 * The learner's side of a package's runtime data. Once the server has taken or refused a commit
 * of the course, the course and "my learning" are refetched, so that they show its progress.
 */
export function useScormRuntime(launch: ScormLaunch): ScormRuntime {
  const { itemId, courseId, enrolled } = launch;
  const queryClient = useQueryClient();
  const last = useRef<Record<string, unknown> | null>(null);
  const [completed, setCompleted] = useState(launch.completed);
  const [refused, setRefused] = useState(false);
  const sync = useSyncExternalStore(
    subscribeScormCommits,
    useCallback(() => (enrolled ? scormSync(itemId) : undefined), [enrolled, itemId]),
  );

  // The same task as main.tsx's, without its check that something is kept: the code is here now,
  // and a commit localStorage refused is kept in memory only.
  useEffect(() => {
    registerSyncTask(SCORM_SYNC_TASK, sendQueuedScormCommits);
  }, []);

  useEffect(
    () =>
      subscribeScormCommits((change) => {
        if (change.courseId !== courseId || change.state === 'saved' || change.state === 'syncing') return;
        if (change.itemId === itemId) {
          if (change.state === undefined) setRefused(true);
          else if (change.result?.completed) setCompleted(true);
        }
        void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
        void queryClient.invalidateQueries({ queryKey: queryKeys.enrolments });
      }),
    [courseId, itemId, queryClient],
  );

  const resumeCmi = useCallback(() => {
    if (last.current) return last.current;
    const queued = enrolled ? queuedScormCommit(itemId) : undefined;
    return queued && queued.seq > launch.seq ? queued.cmi : launch.cmi;
  }, [enrolled, itemId, launch]);

  const commit = useCallback(
    (cmi: Record<string, unknown>, finished: boolean) => {
      last.current = cmi;
      if (!enrolled) return;
      queueScormCommit({ itemId, courseId, cmi, seq: nextScormSeq(itemId, launch.seq), committedAt: new Date().toISOString(), finished });
      void runSyncTasks();
    },
    [courseId, enrolled, itemId, launch.seq],
  );

  return { resumeCmi, commit, sync, completed, refused };
}
