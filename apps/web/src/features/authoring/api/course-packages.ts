import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CourseDetail, CoursePackageProblem } from '@lms/contracts';
import { api, apiBlob, ApiError } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/save-blob';

/** What importing a package came to: the new draft, or (422) every problem by file and line, with nothing imported. */
export type PackageOutcome = { ok: true; course: CourseDetail } | { ok: false; errors: CoursePackageProblem[] };

/** POST /course-packages (multipart `file`): a zip becomes a new draft owned by the importer. */
export function useImportPackage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<PackageOutcome> => {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        return { ok: true, course: await api.post<CourseDetail>('/course-packages', form) };
      } catch (error) {
        const errors = error instanceof ApiError && error.statusCode === 422 ? (error.body as { errors?: CoursePackageProblem[] } | undefined)?.errors : undefined;
        if (errors) return { ok: false, errors };
        throw error;
      }
    },
    onSuccess: (outcome) => (outcome.ok ? queryClient.invalidateQueries({ queryKey: ['authoring', 'courses'] }) : undefined),
  });
}

/** GET /courses/:id/package: the draft as a zip, saved as `<slug>.zip` (the bearer token cannot ride on a plain link). */
export function useExportPackage(courseId: string, slug: string) {
  return useMutation({
    mutationFn: async () => saveBlob(await apiBlob(`/courses/${encodeURIComponent(courseId)}/package`, { accept: 'application/zip' }), `${slug}.zip`),
  });
}
