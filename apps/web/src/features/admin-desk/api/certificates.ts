import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HolderCertificate, Page, UserView } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** Fewer letters than this find too many people to be of use. */
export const MIN_SEARCH_LENGTH = 2;
const PEOPLE_SHOWN = 10;

/** GET /users?q=: an admin searches everyone by name, email or employee id. */
export function usePeopleSearch(q: string) {
  const term = q.trim();
  return useQuery({
    queryKey: ['admin', 'people', term],
    queryFn: ({ signal }) => api.get<Page<UserView>>(`/users?${new URLSearchParams({ q: term, pageSize: String(PEOPLE_SHOWN) })}`, { signal }),
    enabled: term.length >= MIN_SEARCH_LENGTH,
    placeholderData: keepPreviousData,
  });
}

const holderKey = (userId: string) => ['admin', 'holder-certificates', userId] as const;

/** GET /users/:id/certificates (admin): every certificate of the person, revoked ones too. */
export function useHolderCertificates(userId: string) {
  return useQuery({ queryKey: holderKey(userId), queryFn: ({ signal }) => api.get<HolderCertificate[]>(`/users/${encodeURIComponent(userId)}/certificates`, { signal }) });
}

/** POST /certificates/:id/revoke; the person's list is read again whatever the answer (409: revoked meanwhile). */
export function useRevokeCertificate(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ certificateId, reason }: { certificateId: string; reason: string }) => api.post(`/certificates/${encodeURIComponent(certificateId)}/revoke`, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: holderKey(userId) }),
  });
}
