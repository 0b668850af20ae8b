import { Children, createContext, isValidElement, useContext, useMemo, type ReactNode } from 'react';
import type { Params } from './history';
import { useLocation } from './router';

/** The route table: matching a path to nested routes, with react-router's ranking. */

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

