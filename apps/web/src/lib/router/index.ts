/**
 * The app's own router: the part of react-router's declarative mode that Lane uses, with the same
 * names and behaviour (BrowserRouter, MemoryRouter, Routes/Route, Outlet, Link, NavLink, Navigate
 * and the hooks), in under 2 KiB gzipped instead of 14. Paths are absolute or only `?search`/`#hash`;
 * a relative path resolves against the current URL (react-router resolves it against the route).
 * Links stay in the app: other sites are plain <a> elements.
 */
export type { Location, NavigateFunction, NavigateOptions, Params, Path, To } from './history';
export { BrowserRouter, MemoryRouter, Navigate, useLocation, useNavigate, useSearchParams } from './router';
export { Link, NavLink, type LinkProps } from './links';
export { Outlet, Route, Routes, useParams, type RouteProps } from './routes';
