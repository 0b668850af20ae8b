import { useParams } from '../../lib/router';
import { LessonScreen } from '../../features/courses/components/lesson-screen';
import { usePageTitle } from '../../hooks/use-page-title';

/** Keyed by lesson: "Mark as done" moves to the next lesson on this same route, which starts afresh. */
export function LessonRoute() {
  usePageTitle('courses.lesson.pageTitle');
  const { courseId = '', lessonId = '' } = useParams();
  return <LessonScreen key={lessonId} courseId={courseId} lessonId={lessonId} />;
}
