import { HomeScreen } from '../../features/learning/components/home-screen';

/** "My learning", the signed-in start page. */
export function HomeRoute() {
  return <HomeScreen />;
}
