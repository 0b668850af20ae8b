import { NotFoundRoute } from './not-found';

/** Placeholder until the screen lands. */
export function QuizRoute() {
  return <NotFoundRoute />;
}
