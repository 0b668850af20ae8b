import { useParams } from '../../lib/router';
import { CourseScreen } from '../../features/courses/components/course-screen';
import { usePageTitle } from '../../hooks/use-page-title';
import { keptUnder } from '../../lib/offline/kept-under';
import { SCORM_QUEUE_PREFIX, SCORM_SYNC_TASK } from '../../lib/offline/scorm-queue-key';
import { registerSyncTask, runSyncTasks } from '../../lib/offline/sync-runner';

// SCORM commits kept on the device in an earlier visit go to the server once the learner is back
// at a course (the player sends its own as it goes). Not from main.tsx: every byte there is in
// every learner's first download, and the learner routes have a budget (scripts/lib/web-budget.mjs).
if (keptUnder(SCORM_QUEUE_PREFIX)) {
  void import('../../lib/offline/scorm-sync').then(({ sendQueuedScormCommits }) => {
    registerSyncTask(SCORM_SYNC_TASK, sendQueuedScormCommits);
    void runSyncTasks();
  });
}

export function CourseRoute() {
  usePageTitle('courses.course.pageTitle');
  const { courseId = '' } = useParams();
  return <CourseScreen key={courseId} courseId={courseId} />;
}
