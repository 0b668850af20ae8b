import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { NotificationsData } from './get-my-notifications';

/** POST /me/notifications/:id/read → 204. */
export function markNotificationRead(id: string): Promise<void> {
  return api.post<void>(`/me/notifications/${encodeURIComponent(id)}/read`);
}

/** POST /me/notifications/read-all → 204. */
export function markAllNotificationsRead(): Promise<void> {
  return api.post<void>('/me/notifications/read-all');
}

/** Shows the change at once in every loaded list (the server's answer follows when the lists are refetched). */
function patchLists(queryClient: QueryClient, isTarget: (id: string) => boolean) {
  queryClient.setQueriesData<NotificationsData>({ queryKey: queryKeys.notificationsAll }, (data) => {
    if (!data?.pages) return data;
    const newlyRead = new Set<string>();
    for (const page of data.pages) for (const item of page.items) if (!item.read && isTarget(item.id)) newlyRead.add(item.id);
    if (newlyRead.size === 0) return data;
    return {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        unread: Math.max(0, page.unread - newlyRead.size),
        items: page.items.map((item) => (newlyRead.has(item.id) ? { ...item, read: true } : item)),
      })),
    };
  });
}

/**
 * The callbacks live on the hook, not on mutate(): opening a notification navigates away at once,
 * and the lists must still be refreshed when the answer comes.
 */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id) => patchLists(queryClient, (candidate) => candidate === id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onMutate: () => patchLists(queryClient, () => true),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notificationsAll }),
  });
}
