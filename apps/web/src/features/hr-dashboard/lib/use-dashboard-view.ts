import { useCallback, useMemo } from 'react';
import { useNavigate, useSearchParams } from '../../../lib/router';
import { readView, viewSearch, type DashboardView } from './dashboard-view';

/**
 * The dashboard's view, read from the URL, and the ways to move it: `href` for a link (a unit to
 * drill into, a step back up), `change` for a control. Any change but the page's starts the
 * overdue list on its first page again.
 */
export function useDashboardView() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const view = useMemo(() => readView(params), [params]);
  const href = useCallback((next: Partial<DashboardView>) => viewSearch({ ...view, page: 1, ...next }), [view]);
  const change = useCallback((next: Partial<DashboardView>, options?: { replace?: boolean }) => navigate(href(next), options), [navigate, href]);
  return { view, href, change };
}
