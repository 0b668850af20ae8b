import { HomeScreen } from '../../features/learning/components/home-screen';
import { usePageTitle } from '../../hooks/use-page-title';

/** "My learning", the signed-in start page. */
export function HomeRoute() {
  usePageTitle('home.title');
  return <HomeScreen />;
}
