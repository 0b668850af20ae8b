import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnrolmentView } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** POST /courses/:id/enrol → 201 the new enrolment, 200 the existing one. */
export function enrol(courseId: string): Promise<EnrolmentView> {
  return api.post<EnrolmentView>(`/courses/${encodeURIComponent(courseId)}/enrol`);
}

/**
 * Enrols the learner, then refetches the course (its outline now carries what is done) and
 * "my learning". The mutation stays pending until the course is fresh, so the button stays busy.
 */
export function useEnrol(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => enrol(courseId),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.enrolments });
      await queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
    },
  });
}
