import { useId, useRef } from 'react';
import { Link } from '../../../lib/router';
import type { NotificationView } from '@lms/contracts';
import { Button } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/dates';
import { notificationText } from '../lib/message';

export interface NotificationItemProps {
  notification: NotificationView;
  onMarkRead: (id: string) => void;
}

/**
 * One notification. With a course it is a link to the course, and opening it marks it read; an
 * unread one also has its own "Mark as read" button. Unread ones are bold, edged and labelled
 * "New", so colour is never the only sign.
 */
export function NotificationItem({ notification, onMarkRead }: NotificationItemProps) {
  const t = useT();
  const { locale } = useLocale();
  const textId = useId();
  const mainRef = useRef<HTMLElement | null>(null);
  const { id, read, courseId } = notification;

  const content = (
    <>
      {!read && <span className="notifications-item__new">{t('notifications.new')}</span>}
      <span className="notifications-item__text" id={textId}>
        {notificationText(notification, t, locale)}
      </span>
      <time className="notifications-item__time" dateTime={notification.createdAt}>
        {formatDateTime(notification.createdAt, locale)}
      </time>
    </>
  );

  return (
    <li className={['notifications-item', read ? 'notifications-item--read' : 'notifications-item--unread'].join(' ')} data-testid="notification">
      {courseId ? (
        <Link
          ref={(element) => {
            mainRef.current = element;
          }}
          className="notifications-item__main notifications-item__main--link"
          to={`/courses/${encodeURIComponent(courseId)}`}
          onClick={() => {
            if (!read) onMarkRead(id);
          }}
        >
          {content}
        </Link>
      ) : (
        <div
          ref={(element) => {
            mainRef.current = element;
          }}
          className="notifications-item__main"
          tabIndex={-1}
        >
          {content}
        </div>
      )}
      {!read && (
        <Button
          variant="ghost"
          className="notifications-item__mark"
          aria-describedby={textId}
          onClick={() => {
            onMarkRead(id);
            // The button goes away with the unread state: keep the focus on the notification.
            mainRef.current?.focus();
          }}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </li>
  );
}
