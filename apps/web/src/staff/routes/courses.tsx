import { CourseListScreen } from '../../features/authoring/components/course-list-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffCoursesRoute() {
  usePageTitle('staff.courses.title');
  return <CourseListScreen />;
}
