import type { NotificationKind, NotificationView } from '@lms/contracts';
import type { Locale, MessageKey, TFunction } from '../../../lib/i18n';
import { formatDate } from '../../../lib/dates';

/** Per kind: the sentence with its date, and the one for when the date is missing. */
const MESSAGES: Record<NotificationKind, { withDate: MessageKey; noDate: MessageKey }> = {
  course_assigned: { withDate: 'notifications.kind.course_assigned', noDate: 'notifications.kind.course_assigned.noDate' },
  due_soon: { withDate: 'notifications.kind.due_soon', noDate: 'notifications.kind.due_soon.noDate' },
  overdue: { withDate: 'notifications.kind.overdue', noDate: 'notifications.kind.overdue.noDate' },
  course_completed: { withDate: 'notifications.kind.course_completed', noDate: 'notifications.kind.course_completed' },
  export_ready: { withDate: 'notifications.kind.export_ready', noDate: 'notifications.kind.export_ready.noDate' },
};

/** The date a kind's sentence names: the due date, or when an export's file expires. */
function dateOf(notification: NotificationView): string | null {
  return notification.kind === 'export_ready' ? notification.expiresAt : notification.dueAt;
}

/** A notification in words, from the catalogue, with the course title and date filled in. */
export function notificationText(notification: NotificationView, t: TFunction, locale: Locale): string {
  const messages = MESSAGES[notification.kind];
  if (!messages) return t('notifications.kind.unknown');
  const date = dateOf(notification);
  const course = notification.courseTitle ?? t('notifications.courseUnknown');
  return date ? t(messages.withDate, { course, date: formatDate(date, locale) }) : t(messages.noDate, { course });
}
