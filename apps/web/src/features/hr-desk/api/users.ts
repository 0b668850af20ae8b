import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page, UsersImportResult, UserView } from '@lms/contracts';
import { api, ApiError } from '../../../lib/api-client';

export const USERS_PAGE_SIZE = 25;

export interface UserFilter {
  q: string;
  orgUnitId: string;
  page: number;
}

/** GET /users: the people of the HR manager's subtree (an admin's: everyone), searched and paged. */
export function useUsers({ q, orgUnitId, page }: UserFilter) {
  const query = new URLSearchParams({ page: String(page), pageSize: String(USERS_PAGE_SIZE) });
  if (q.trim()) query.set('q', q.trim());
  if (orgUnitId) query.set('orgUnitId', orgUnitId);
  return useQuery({
    queryKey: ['hr', 'users', query.toString()],
    queryFn: ({ signal }) => api.get<Page<UserView>>(`/users?${query}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export interface CsvProblem {
  line: number;
  field?: string;
  message: string;
}

/** What an import came to: the counts, or (422) every problem by line, with nothing written. */
export type UsersImportOutcome = { ok: true; result: UsersImportResult } | { ok: false; errors: CsvProblem[] };

/** POST /users/import: the CSV as a multipart file, all or nothing. */
export function useImportUsers() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<UsersImportOutcome> => {
      const form = new FormData();
      form.append('file', file, file.name);
      try {
        return { ok: true, result: await api.post<UsersImportResult>('/users/import', form) };
      } catch (error) {
        const errors = error instanceof ApiError && error.statusCode === 422 ? (error.body as { errors?: CsvProblem[] } | undefined)?.errors : undefined;
        if (errors) return { ok: false, errors };
        throw error;
      }
    },
    onSuccess: (outcome) => (outcome.ok ? queryClient.invalidateQueries({ queryKey: ['hr', 'users'] }) : undefined),
  });
}

/** The fields of a person HR may write: POST /users takes them all, PATCH /users/:id any of them, plus `status`. */
export interface UserFields {
  email: string;
  displayName: string;
  employeeId: string | null;
  orgUnitId: string;
  position: string | null;
  locale: UserView['locale'];
  roles: UserView['roles'];
  status?: UserView['status'];
  /** A first password, or a new one; never read back. Setting it signs the person out. */
  password?: string;
}

/** POST /users: a new person in a unit the caller manages (HR may give only learner and HR manager). */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fields: UserFields) => api.post<UserView>('/users', fields),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hr', 'users'] }),
  });
}

/** PATCH /users/:id: only what changed is sent; disabling or a change of roles signs the person out. */
export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<UserFields>) => api.patch<UserView>(`/users/${encodeURIComponent(id)}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['hr', 'users'] }),
  });
}
