import '../../../testing/setup-tests';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate, type Location, type NavigateFunction } from '../../../lib/router';
import { AppProvider } from '../../../app/provider';
import { AppRoutes } from '../../../app/router';
import type { Locale } from '../../../lib/i18n';

export interface RouterHandle {
  /** Where the app is now (path and search), as the address bar would show it. */
  url: () => string;
  /** The router's navigate: `navigate(-1)` is the browser's back button. */
  navigate: NavigateFunction;
}

/**
 * Like renderApp (the whole app at `path`, a fresh cache, no retries), but also hands back the
 * query cache and the router, so tests can read the URL and go back and forward.
 */
export function renderCoursesApp(path: string, options: { locale?: Locale } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  let location: Location | undefined;
  let navigate: NavigateFunction | undefined;
  function Probe() {
    location = useLocation();
    navigate = useNavigate();
    return null;
  }
  const router: RouterHandle = {
    url: () => (location ? `${location.pathname}${location.search}` : ''),
    navigate: ((to: never, opts?: never) => navigate!(to, opts)) as NavigateFunction,
  };
  const view = render(
    <AppProvider queryClient={queryClient} initialLocale={options.locale}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <Probe />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...view, queryClient, router };
}
