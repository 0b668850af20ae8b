import { CourseEditorScreen } from '../../features/authoring/components/course-editor-screen';
import { LessonEditorScreen } from '../../features/authoring/components/lesson-editor-screen';
import { usePageTitle } from '../../hooks/use-page-title';
import { useParams, useSearchParams } from '../../lib/router';

/** /staff/courses/:courseId, and with ?lesson=:lessonId that lesson's editor (a lesson belongs to its course's screen). */
export function StaffCourseEditorRoute() {
  const { courseId = '' } = useParams();
  const [search] = useSearchParams();
  const lessonId = search.get('lesson');
  usePageTitle(lessonId ? 'staff.editor.lesson.heading' : 'staff.editor.edit');
  return lessonId ? <LessonEditorScreen key={lessonId} courseId={courseId} lessonId={lessonId} /> : <CourseEditorScreen key={courseId} courseId={courseId} />;
}
