import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CoursePackageProblem, ScormItemView } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';
import { draftCourseKey } from './draft-course';

/** What importing a SCORM package came to: the new item, or (422) every problem by file and line, with nothing imported. */
export type ScormOutcome = { ok: true; item: ScormItemView } | { ok: false; errors: CoursePackageProblem[] };

/** POST /modules/:id/scorm (multipart `file`): a SCORM 1.2 zip becomes the module's last item. */
export function useImportScorm(courseId: string, moduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<ScormOutcome> => {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        return { ok: true, item: await api.post<ScormItemView>(`/modules/${encodeURIComponent(moduleId)}/scorm`, form) };
      } catch (error) {
        const errors = error instanceof ApiError && error.statusCode === 422 ? (error.body as { errors?: CoursePackageProblem[] } | undefined)?.errors : undefined;
        if (errors) return { ok: false, errors };
        throw error;
      }
    },
    // Waited for, so the outline already shows the item when the form says it is added.
    onSuccess: (outcome) =>
      outcome.ok ? Promise.all([queryClient.invalidateQueries({ queryKey: draftCourseKey(courseId) }), queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] })]) : undefined,
  });
}
