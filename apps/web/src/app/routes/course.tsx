import { useParams } from '../../lib/router';
import { CourseScreen } from '../../features/courses/components/course-screen';

export function CourseRoute() {
  const { courseId = '' } = useParams();
  return <CourseScreen key={courseId} courseId={courseId} />;
}
