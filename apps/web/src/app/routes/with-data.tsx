import { Suspense, useEffect, type ReactNode } from 'react';
import { useQueryClient, type FetchQueryOptions } from '@tanstack/react-query';
import { useLocation, useParams, type Params } from '../../lib/router';
import { PageLoading } from './page-loading';

/**
 * A lazy route whose data is asked for at once, beside its code, instead of once the code has
 * arrived and rendered: on a slow connection the round trips overlap. `queries` names the ones
 * to start (their definitions are in the first download, so keep them small). The route's own
 * useQuery then finds each request under way (the same key) and waits for it.
 *
 * The route gets its own <Suspense> so that this component commits (and its effect runs) while
 * the code is still on its way.
 */
export function WithData({ queries, children }: { queries: (params: Params) => FetchQueryOptions[]; children: ReactNode }) {
  const params = useParams();
  const { pathname } = useLocation();
  const client = useQueryClient();
  useEffect(() => {
    for (const query of queries(params)) void client.prefetchQuery(query);
    // Once per page: the params come from the path, and `queries` is written inline in the route table.
  }, [client, pathname]);
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}
