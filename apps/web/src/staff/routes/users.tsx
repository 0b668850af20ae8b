import { UsersScreen } from '../../features/hr-desk/components/users-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function StaffUsersRoute() {
  usePageTitle('staff.users.title');
  return <UsersScreen />;
}
