/** Locations, paths, and the two places the router keeps its entries: the browser's history, or an array in tests. */

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

export type Action = 'POP' | 'PUSH' | 'REPLACE';

/** Where the router keeps its entries: the browser's history, or an array in tests. */
export interface History {
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
export const createPath = ({ pathname, search, hash }: Path) => pathname + search + hash;

function parsePath(path: string): Path {
  const [, pathname, search, hash] = /^([^?#]*)([^#]*)(.*)$/.exec(path)!;
  return { pathname, search, hash };
}

/** `to` as a full path. Without a pathname (`?q=x`, `#top`) it stays on `from`, dropping the rest, as react-router does. */
export function resolve(to: To, from: string): Path {
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

export function createBrowserHistory(): History {
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

export function createMemoryHistory(initialEntries = ['/']): History {
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
