import { NotificationsScreen } from '../../features/notifications/components/notifications-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function NotificationsRoute() {
  usePageTitle('notifications.title');
  return <NotificationsScreen />;
}
