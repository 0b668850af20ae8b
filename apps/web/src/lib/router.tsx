import {
  Children,
  createContext,
  isValidElement,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentProps,
  type MouseEvent,
  type ReactNode,
} from 'react';

/**
 * The app's own router: the part of react-router's declarative mode that Lane uses, with the same
 * names and behaviour (BrowserRouter, MemoryRouter, Routes/Route, Outlet, Link, NavLink, Navigate
 * and the hooks), in under 2 KiB gzipped instead of 14. Paths are absolute or only `?search`/`#hash`;
 * a relative path resolves against the current URL (react-router resolves it against the route).
 * Links stay in the app: other sites are plain <a> elements.
 */

export interface Path {
  pathname: string;
  search: string;
  hash: string;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- `any` by default, as react-router's Location
export interface Location<State = any> extends Path {
  state: State;
  key: string;
}
export type To = string | Partial<Path>;
export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}
export interface NavigateFunction {
  (to: To, options?: NavigateOptions): void;
  (delta: number): void;
}
export type Params = Readonly<Record<string, string | undefined>>;

type Action = 'POP' | 'PUSH' | 'REPLACE';

/** Where the router keeps its entries: the browser's history, or an array in tests. */
interface History {
  location: Location;
  action: Action;
  /** The Router's listener: there is only one. */
  notify(): void;
  write(path: Path, state: unknown, replace: boolean): void;
  go(delta: number): void;
  listen(listener: () => void): () => void;
}

function moved(history: History, location: Location, action: Action) {
  history.location = location;
  history.action = action;
  history.notify();
}

const newKey = () => Math.random().toString(36).slice(2, 10);
const prefixed = (value: string | undefined, mark: string) => (!value || value === mark ? '' : value[0] === mark ? value : mark + value);
const createPath = ({ pathname, search, hash }: Path) => pathname + search + hash;

function parsePath(path: string): Path {
  const [, pathname, search, hash] = /^([^?#]*)([^#]*)(.*)$/.exec(path)!;
  return { pathname, search, hash };
}

/** `to` as a full path. Without a pathname (`?q=x`, `#top`) it stays on `from`, dropping the rest, as react-router does. */
function resolve(to: To, from: string): Path {
  const { pathname, search, hash } = typeof to === 'string' ? parsePath(to) : to;
  let resolved = from;
  if (pathname) {
    // Splitting also folds `//` into one, so "//host" can never leave the site.
    const segments = pathname[0] === '/' ? [] : from.split('/').filter(Boolean);
    for (const segment of pathname.split('/')) {
      if (segment === '..') segments.pop();
      else if (segment && segment !== '.') segments.push(segment);
    }
    resolved = '/' + segments.join('/');
    // A trailing slash asked for is kept, as react-router keeps it.
    if (segments.length && pathname.endsWith('/')) resolved += '/';
  }
  return { pathname: resolved, search: prefixed(search, '?'), hash: prefixed(hash, '#') };
}

function createBrowserHistory(): History {
  // The location is read back from the browser after each change (react-router does the same), so
  // a path is always as the address bar has it, percent-encoded, whether pushed or popped.
  const read = (): Location => {
    const { pathname, search, hash } = window.location;
    const entry = window.history.state;
    return { pathname, search, hash, state: entry?.usr ?? null, key: entry?.key ?? 'default' };
  };
  const pop = () => moved(history, read(), 'POP');
  const history: History = {
    location: read(),
    action: 'POP',
    notify() {},
    write(path, state, replace) {
      // react-router's shape for history.state, so entries it made before an update still read back.
      window.history[replace ? 'replaceState' : 'pushState']({ usr: state ?? null, key: newKey() }, '', createPath(path));
      moved(history, read(), replace ? 'REPLACE' : 'PUSH');
    },
    go: (delta) => window.history.go(delta),
    listen(listener) {
      history.notify = listener;
      addEventListener('popstate', pop);
      return () => {
        history.notify = () => {};
        removeEventListener('popstate', pop);
      };
    },
  };
  return history;
}

function createMemoryHistory(initialEntries = ['/']): History {
  const entries: Location[] = initialEntries.map((entry, i) => ({ ...parsePath(entry), state: null, key: i ? newKey() : 'default' }));
  let index = entries.length - 1;
  const history: History = {
    location: entries[index],
    action: 'POP',
    notify() {},
    write(path, state, replace) {
      if (!replace) index++;
      // A new entry drops whatever was forward of the current one, as in a browser.
      entries.splice(index, replace ? 1 : entries.length, { ...path, state: state ?? null, key: newKey() });
      moved(history, entries[index], replace ? 'REPLACE' : 'PUSH');
    },
    go(delta) {
      index = Math.min(Math.max(index + delta, 0), entries.length - 1);
      moved(history, entries[index], 'POP');
    },
    listen(listener) {
      history.notify = listener;
      return () => (history.notify = () => {});
    },
  };
  return history;
}

interface RouterState {
  location: Location;
  navigate: NavigateFunction;
}
const RouterContext = createContext<RouterState | null>(null);

function useRouter(): RouterState {
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

export interface LinkProps extends Omit<ComponentProps<'a'>, 'href'>, NavigateOptions {
  to: To;
}

/** An <a> whose plain left clicks navigate in the app; others (new tab, download…) are the browser's. */
export function Link({ to, replace, state, onClick, ...rest }: LinkProps) {
  const { location, navigate } = useRouter();
  const path = resolve(to, location.pathname);
  const href = createPath(path);
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey || (rest.target && rest.target !== '_self') || rest.download != null) return;
    event.preventDefault();
    // As react-router: a link to the very page shown replaces it, so it is not in the history twice.
    navigate(path, { replace: replace ?? href === createPath(location), state });
  };
  return <a {...rest} href={href} onClick={click} />;
}

/**
 * A Link that says when it is the current page, with aria-current="page" and the class `active`:
 * on its own path or, without `end`, any path below it. As in react-router, case-insensitive, and
 * "/" counts as active only on "/".
 */
export function NavLink({ end, className, ...props }: LinkProps & { end?: boolean }) {
  const { location } = useRouter();
  const to = resolve(props.to, location.pathname).pathname.toLowerCase();
  const here = location.pathname.toLowerCase();
  const active = here === to || (!end && here.startsWith(to) && here[to.length > 1 && to.endsWith('/') ? to.length - 1 : to.length] === '/');
  return <Link {...props} aria-current={active ? 'page' : undefined} className={[className, active && 'active'].filter(Boolean).join(' ')} />;
}

export interface RouteProps {
  path?: string;
  index?: boolean;
  element?: ReactNode;
  children?: ReactNode;
}

/** Only a description for <Routes>, which reads its props; it renders nothing itself. */
export function Route(_props: RouteProps): ReactNode {
  return null;
}

/** A route with its parents: their path segments joined, and the elements to nest, outermost first. */
interface Branch {
  segments: string[];
  elements: ReactNode[];
  score: number;
}

function flatten(children: ReactNode, parent: string[] = [], elements: ReactNode[] = [], branches: Branch[] = []): Branch[] {
  Children.forEach(children, (child) => {
    if (!isValidElement<RouteProps>(child)) return;
    const { path = '', index, element = <Outlet />, children: nested } = child.props;
    const segments = [...(path[0] === '/' ? [] : parent), ...path.split('/').filter(Boolean)];
    const chain = [...elements, element];
    if (nested) flatten(nested, segments, chain, branches);
    // A pathless layout route matches only through its children.
    if (path || index) {
      // react-router's ranking, per segment: static 10, :param 3, * -2, each +1; an index route +2.
      const score = segments.reduce((sum, segment) => sum + (segment === '*' ? -1 : segment[0] === ':' ? 4 : 11), index ? 2 : 0);
      branches.push({ segments, elements: chain, score });
    }
  });
  return branches;
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

function matchBranch({ segments }: Branch, pathname: string): Params | null {
  const parts = pathname.split('/').filter(Boolean).map(decode);
  const params: Record<string, string> = {};
  for (const [i, segment] of segments.entries()) {
    if (segment === '*') {
      params['*'] = parts.slice(i).join('/');
      return params;
    }
    if (i >= parts.length) return null;
    if (segment[0] === ':') params[segment.slice(1)] = parts[i];
    else if (segment.toLowerCase() !== parts[i].toLowerCase()) return null;
  }
  return parts.length === segments.length ? params : null;
}

interface RouteState {
  outlet: ReactNode;
  params: Params;
}
const RouteContext = createContext<RouteState>({ outlet: null, params: {} });

/** Renders the best match for the current path, parents around children (each parent's <Outlet />). */
export function Routes({ children }: { children?: ReactNode }) {
  const { pathname } = useLocation();
  // A stable sort: among equal scores the route written first wins.
  const branches = useMemo(() => flatten(children).sort((a, b) => b.score - a.score), [children]);
  const found = useMemo(() => {
    for (const branch of branches) {
      const params = matchBranch(branch, pathname);
      if (params) return { branch, params };
    }
    return null;
  }, [branches, pathname]);
  if (!found) return null;
  // Every level sees all of the match's params, as in react-router.
  return found.branch.elements.reduceRight<ReactNode>((outlet, element) => <RouteContext.Provider value={{ outlet, params: found.params }}>{element}</RouteContext.Provider>, null);
}

/** Where a layout route shows its matched child. */
export function Outlet(): ReactNode {
  return useContext(RouteContext).outlet;
}

export function useParams(): Params {
  return useContext(RouteContext).params;
}
