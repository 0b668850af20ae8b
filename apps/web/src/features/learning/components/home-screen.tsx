import { lazy, Suspense, useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { useUser } from '../../auth/hooks/use-session';
import { myEnrolmentsQuery } from '../api/get-my-enrolments';

/**
 * The router loads the home route with the app itself, so only its frame is here: the title,
 * the greeting and the request for the courses. The sections (cards, dates, their styles) come
 * in their own small chunk, fetched while the courses load.
 */
const LearningOverview = lazy(() => import('./learning-overview').then((module) => ({ default: module.LearningOverview })));

/** "My learning" at /: what to do first (overdue, assigned), what is under way, and what is done. */
export function HomeScreen() {
  const t = useT();
  const user = useUser();
  const queryClient = useQueryClient();

  // Start the request now rather than once the chunk arrives; useQuery there picks it up.
  useEffect(() => {
    void queryClient.prefetchQuery(myEnrolmentsQuery);
  }, [queryClient]);

  const loading = (
    <p role="status" className="muted">
      {t('common.loading')}
    </p>
  );

  return (
    <div className="page stack learning-home">
      {/* The end-to-end tests find the home screen by this test id. */}
      <h1 className="page__title" data-testid="home-title">
        {t('home.title')}
      </h1>
      {/* .welcome__greeting is in the global stylesheet, so the greeting is styled before the chunk's CSS arrives. */}
      <p className="welcome__greeting">{t('home.welcome', { name: user?.displayName ?? '' })}</p>
      <Suspense fallback={loading}>
        <LearningOverview />
      </Suspense>
    </div>
  );
}
