import { useMutation, useQuery } from '@tanstack/react-query';
import type { SystemPingView } from '@lms/contracts';
import { api } from '../../../lib/api-client';

/** How often to ask whether the worker has answered, and for how long before saying it has not. */
export const PING_POLL_MS = 1000;
export const PING_PATIENCE_MS = 15_000;

/** POST /system/pings: a job that travels API → outbox → relay → BullMQ → worker. */
export function useRequestPing() {
  return useMutation({ mutationFn: () => api.post<SystemPingView>('/system/pings') });
}

/** GET /system/pings/:id, asked every second until the worker has handled it or patience runs out. */
export function usePing(ping: SystemPingView | undefined, waiting: boolean) {
  return useQuery({
    queryKey: ['admin', 'ping', ping?.id],
    queryFn: ({ signal }) => api.get<SystemPingView>(`/system/pings/${encodeURIComponent(ping!.id)}`, { signal }),
    enabled: ping !== undefined,
    initialData: ping,
    refetchInterval: (query) => (waiting && !query.state.data?.handledAt ? PING_POLL_MS : false),
  });
}
