import { CourseEditorScreen } from '../../features/authoring/components/course-editor-screen';
import { usePageTitle } from '../../hooks/use-page-title';
import { useParams } from '../../lib/router';

export function StaffCourseEditorRoute() {
  usePageTitle('staff.editor.edit');
  const { courseId = '' } = useParams();
  return <CourseEditorScreen key={courseId} courseId={courseId} />;
}
