import { CatalogueScreen } from '../../features/courses/components/catalogue-screen';

export function CatalogueRoute() {
  return <CatalogueScreen />;
}
