import { createContext, startTransition, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createBrowserHistory, createMemoryHistory, resolve, type History, type Location, type NavigateFunction, type NavigateOptions, type To } from './history';

/** The router itself: the current location and navigate, for everything below it. */

interface RouterState {
  location: Location;
  navigate: NavigateFunction;
}
export const RouterContext = createContext<RouterState | null>(null);

export function useRouter(): RouterState {
  const router = useContext(RouterContext);
  if (!router) throw new Error('No <BrowserRouter> or <MemoryRouter> above');
  return router;
}

function Router({ history, children, scroll }: { history: History; children?: ReactNode; scroll?: boolean }) {
  const [{ location, action }, setState] = useState(() => ({ location: history.location, action: history.action }));
  useLayoutEffect(() => {
    // In a transition, like react-router: a route whose code is still loading keeps the current
    // screen up until it is ready, rather than blanking it for the <Suspense> fallback. (That is
    // also why this is not useSyncExternalStore, whose updates can never be transitions.)
    const update = () => startTransition(() => setState({ location: history.location, action: history.action }));
    const stop = history.listen(update);
    // Subscribed once, so `location` is the first render's: a child's layout effect, which runs
    // before this one, may have navigated since.
    if (history.location !== location) update();
    return stop;
  }, [history]);

  // react-router leaves the scroll where it was. Going to another page starts at its top, as a
  // link between documents would; back and forward (POP) keep it, as do a changed ?search (the
  // catalogue's filter) and a #hash, whose screen brings its target into view itself.
  const lastPathname = useRef(location.pathname);
  useLayoutEffect(() => {
    if (scroll && action !== 'POP' && !location.hash && location.pathname !== lastPathname.current) window.scrollTo(0, 0);
    lastPathname.current = location.pathname;
  }, [scroll, action, location]);

  const navigate = useCallback(
    ((to: To | number, options: NavigateOptions = {}) => {
      if (typeof to === 'number') history.go(to);
      else history.write(resolve(to, history.location.pathname), options.state, Boolean(options.replace));
    }) as NavigateFunction,
    [history],
  );
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The app's router, on the browser's history. */
export function BrowserRouter({ children }: { children?: ReactNode }) {
  const [history] = useState(createBrowserHistory);
  return (
    <Router history={history} scroll>
      {children}
    </Router>
  );
}

/** For tests: the history is an array, starting at the last of `initialEntries`. */
export function MemoryRouter({ initialEntries, children }: { initialEntries?: string[]; children?: ReactNode }) {
  const [history] = useState(() => createMemoryHistory(initialEntries));
  return <Router history={history}>{children}</Router>;
}

export function useLocation(): Location {
  return useRouter().location;
}

export function useNavigate(): NavigateFunction {
  return useRouter().navigate;
}

/** The query string, and a setter that navigates to it on the same path (`replace` to not add an entry). */
export function useSearchParams(): [URLSearchParams, (next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams), options?: NavigateOptions) => void] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams), options?: NavigateOptions) =>
      navigate(`?${typeof next === 'function' ? next(new URLSearchParams(params)) : next}`, options),
    [navigate, params],
  );
  return [params, setParams];
}

/** Redirects once rendered (in an effect, as react-router does). */
export function Navigate({ to, replace, state }: { to: To } & NavigateOptions) {
  const navigate = useNavigate();
  const target = JSON.stringify(to);
  useEffect(() => navigate(JSON.parse(target), { replace, state }), [navigate, target, replace, state]);
  return null;
}
