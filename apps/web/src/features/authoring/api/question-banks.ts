import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportProblem, ImportResult, Page, QuestionBankView } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';

export const banksKey = (courseId: string) => ['authoring', 'banks', courseId] as const;
export const instituteBanksKey = ['authoring', 'banks', 'institute'] as const;
export const bankQuestionsKey = (bankId: string) => ['authoring', 'questions', bankId] as const;

/** GET /question-banks?courseId=: the course's banks (its authors and admins). */
export function useCourseBanks(courseId: string) {
  return useQuery({ queryKey: banksKey(courseId), queryFn: ({ signal }) => api.get<Page<QuestionBankView>>(`/question-banks?courseId=${encodeURIComponent(courseId)}&pageSize=100`, { signal }) });
}

/**
 * GET /question-banks without a course: the institute's banks, which every course may draw from
 * (the list also holds the caller's other courses' banks, left out here).
 */
export function useInstituteBanks() {
  return useQuery({
    queryKey: instituteBanksKey,
    queryFn: ({ signal }) => api.get<Page<QuestionBankView>>('/question-banks?pageSize=100', { signal }),
    select: (page) => page.items.filter((bank) => bank.courseId === null),
  });
}

/** POST /question-banks {title, courseId}. */
export function useCreateBank(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (title: string) => api.post<QuestionBankView>('/question-banks', { title, courseId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: banksKey(courseId) }),
  });
}

export type QuestionFormat = 'gift' | 'moodle-xml';

/** What an import came to: the count, or (422) every problem by line, with nothing imported. */
export type ImportOutcome = { ok: true; imported: number } | { ok: false; errors: ImportProblem[] };

/** POST /question-banks/:id/import?format=, the text sent as the file it came from (multipart `file`). */
export function useImportQuestions(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ bankId, format, text, filename }: { bankId: string; format: QuestionFormat; text: string; filename?: string }): Promise<ImportOutcome> => {
      const form = new FormData();
      const type = format === 'gift' ? 'text/plain' : 'application/xml';
      form.append('file', new Blob([text], { type }), filename ?? (format === 'gift' ? 'questions.gift' : 'questions.xml'));
      try {
        const result = await api.post<ImportResult>(`/question-banks/${encodeURIComponent(bankId)}/import?format=${format}`, form);
        return { ok: true, imported: result.imported };
      } catch (error) {
        const errors = error instanceof ApiError && error.statusCode === 422 ? (error.body as Partial<ImportResult> | undefined)?.errors : undefined;
        if (errors) return { ok: false, errors };
        throw error;
      }
    },
    onSuccess: (outcome, { bankId }) =>
      outcome.ok
        ? Promise.all([queryClient.invalidateQueries({ queryKey: banksKey(courseId) }), queryClient.invalidateQueries({ queryKey: instituteBanksKey }), queryClient.invalidateQueries({ queryKey: bankQuestionsKey(bankId) })])
        : undefined,
  });
}
