import { CatalogueScreen } from '../../features/courses/components/catalogue-screen';
import { usePageTitle } from '../../hooks/use-page-title';

export function CatalogueRoute() {
  usePageTitle('courses.catalogue.title');
  return <CatalogueScreen />;
}
