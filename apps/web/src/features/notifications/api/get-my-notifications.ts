import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { NotificationView, Page } from '@lms/contracts';
import { api } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** One page of GET /me/notifications, plus `unread`: every unread notification, whatever the filter. */
export interface NotificationsPage extends Page<NotificationView> {
  unread: number;
}

export type NotificationsData = InfiniteData<NotificationsPage>;

/** GET /me/notifications?unread=&page=&pageSize=, newest first. `unread` is "true" or "false" (the API refuses anything else). */
export function getMyNotifications(params: { unreadOnly: boolean; page: number; pageSize?: number }, signal?: AbortSignal): Promise<NotificationsPage> {
  const query = new URLSearchParams({ unread: String(params.unreadOnly), page: String(params.page), pageSize: String(params.pageSize ?? NOTIFICATIONS_PAGE_SIZE) });
  return api.get<NotificationsPage>(`/me/notifications?${query.toString()}`, { signal });
}

export function useMyNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: queryKeys.notifications(unreadOnly),
    queryFn: ({ pageParam, signal }) => getMyNotifications({ unreadOnly, page: pageParam }, signal),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total && last.items.length > 0 ? last.page + 1 : undefined),
  });
}

/**
 * The notifications of every page loaded, once each: a notification arriving between two pages
 * shifts the rest down by one, and the next page would repeat the last one.
 */
export function flattenNotifications(data: NotificationsData | undefined): NotificationView[] {
  const seen = new Set<string>();
  const items: NotificationView[] = [];
  for (const page of data?.pages ?? []) {
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}
