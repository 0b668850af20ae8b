import { ProfileScreen } from '../../features/profile/components/profile-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function ProfileRoute() {
  usePageTitle('profile.title');
  return <ProfileScreen />;
}
