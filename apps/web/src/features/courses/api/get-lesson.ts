import { useQuery } from '@tanstack/react-query';
import { lessonQuery } from './course-queries';

export function useLesson(lessonId: string) {
  return useQuery(lessonQuery(lessonId));
}
