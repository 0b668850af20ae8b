import { useParams } from '../../lib/router';
import { CourseScreen } from '../../features/courses/components/course-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function CourseRoute() {
  usePageTitle('courses.course.pageTitle');
  const { courseId = '' } = useParams();
  return <CourseScreen key={courseId} courseId={courseId} />;
}
