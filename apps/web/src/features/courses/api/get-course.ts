import { useQuery } from '@tanstack/react-query';
import { courseQuery } from './course-queries';

/** Shared by the course page and the lesson reader (its outline gives previous and next). */
export function useCourse(courseId: string) {
  return useQuery(courseQuery(courseId));
}
