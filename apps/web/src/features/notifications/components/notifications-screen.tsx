import { useId, useState } from 'react';
import { Alert, Button, LiveRegion, LoadError, Loading } from '../../../components/ui';
import { genericErrorMessage } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { flattenNotifications, useMyNotifications } from '../api/get-my-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '../api/mark-read';
import { NotificationItem } from './notification-item';
import '../notifications.css';

/** Notifications at /notifications: newest first, unread ones marked, a filter, "mark all", and paging. */
export function NotificationsScreen() {
  const t = useT();
  const filterId = useId();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const list = useMyNotifications(unreadOnly);
  const markOne = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();

  const items = flattenNotifications(list.data);
  const unread = list.data?.pages[0]?.unread;
  const markError = markOne.error ?? markAll.error;

  const markRead = (id: string) => {
    setAnnouncement('');
    markOne.mutate(id, { onSuccess: () => setAnnouncement(t('notifications.markedRead')) });
  };

  return (
    <div className="page stack notifications">
      <h1 className="page__title">{t('notifications.title')}</h1>
      <div className="notifications-toolbar">
        {unread !== undefined && (
          <p className="notifications-toolbar__count" data-testid="unread-count">
            {t('notifications.unreadCount', { count: unread })}
          </p>
        )}
        <div className="notifications-filter">
          <input
            id={filterId}
            className="notifications-filter__input"
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setAnnouncement('');
              setUnreadOnly(event.target.checked);
            }}
          />
          <label className="notifications-filter__label" htmlFor={filterId}>
            {t('notifications.onlyUnread')}
          </label>
        </div>
        <Button
          variant="secondary"
          className="notifications-toolbar__action"
          busy={markAll.isPending}
          disabled={!unread}
          onClick={() => {
            setAnnouncement('');
            markAll.mutate(undefined, { onSuccess: () => setAnnouncement(t('notifications.allMarkedRead')) });
          }}
        >
          {markAll.isPending ? t('notifications.markingAllRead') : t('notifications.markAllRead')}
        </Button>
      </div>
      <LiveRegion>{announcement}</LiveRegion>
      {markError && (
        <Alert tone="error">
          <p>{genericErrorMessage(t, markError)}</p>
        </Alert>
      )}
      {list.data ? (
        items.length === 0 ? (
          <p className="notifications-empty" data-testid="notifications-empty">
            {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
          </p>
        ) : (
          <>
            <ul className="list-grid">
              {items.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onMarkRead={markRead} />
              ))}
            </ul>
            {list.isFetchNextPageError && (
              <Alert tone="error">
                <p>{genericErrorMessage(t, list.error)}</p>
              </Alert>
            )}
            {list.hasNextPage && (
              <Button variant="secondary" block busy={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? t('common.loading') : t('notifications.loadMore')}
              </Button>
            )}
          </>
        )
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Loading paused={list.isPaused} />
      )}
    </div>
  );
}
