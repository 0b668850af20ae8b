import { NotFoundRoute } from './not-found';

/** Placeholder until the screen lands. */
export function CatalogueRoute() {
  return <NotFoundRoute />;
}
