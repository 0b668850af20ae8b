import type { ComponentProps, MouseEvent } from 'react';
import { createPath, resolve, type NavigateOptions, type To } from './history';
import { useRouter } from './router';

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
