import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page, XapiClientCredentials, XapiClientView, XapiForwardingStatus, XapiScope } from '@lms/contracts';
import { api } from '../../../lib/api-client';

const CLIENTS_KEY = ['admin', 'xapi-clients'] as const;
export const XAPI_CLIENTS_PAGE_SIZE = 20;

/** GET /xapi-clients: the systems that may use the LRS, newest first, without their secrets. */
export function useXapiClients(page: number) {
  return useQuery({
    queryKey: [...CLIENTS_KEY, page],
    queryFn: ({ signal }) => api.get<Page<XapiClientView>>(`/xapi-clients?page=${page}&pageSize=${XAPI_CLIENTS_PAGE_SIZE}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** POST /xapi-clients: the answer holds the secret, this once. */
export function useCreateXapiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (client: { name: string; scopes: XapiScope[] }) => api.post<XapiClientCredentials>('/xapi-clients', client),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CLIENTS_KEY }),
  });
}

/** DELETE /xapi-clients/:id: its requests are refused from now on. */
export function useRevokeXapiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/xapi-clients/${encodeURIComponent(id)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: CLIENTS_KEY }),
  });
}

/** GET /xapi-forwarding: whether Lane's statements reach the other LRS, and why not when they do not. */
export function useXapiForwarding() {
  return useQuery({
    queryKey: ['admin', 'xapi-forwarding'],
    queryFn: ({ signal }) => api.get<XapiForwardingStatus>('/xapi-forwarding', { signal }),
  });
}
