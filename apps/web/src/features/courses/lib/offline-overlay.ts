import type { CourseDetail } from '@lms/contracts';
import { queuedCompletions } from '../../../lib/offline/lesson-queue';
import { withItemDoneOffline } from './outline';

/** The course with the lessons marked done on this device, and not yet sent, shown done. */
export function withQueuedCompletions(course: CourseDetail): CourseDetail {
  return queuedCompletions()
    .filter((entry) => entry.courseId === course.id)
    .reduce((shown, entry) => withItemDoneOffline(shown, entry.lessonId), course);
}
