import { ProfileScreen } from '../../features/profile/components/profile-screen';

export function ProfileRoute() {
  return <ProfileScreen />;
}
