import { useEffect } from 'react';
import { Navigate, useLocation } from '../../lib/router';
import { LanguageSwitch } from '../../components/language-switch';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSession } from '../../features/auth/hooks/use-session';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../../hooks/use-page-title';

/** Where to go once signed in: where the app sent the user from, or `?next=` (the staff app's way, from another page). */
function returnPath(state: unknown, search: string): string {
  const from = state && typeof state === 'object' && 'from' in state ? state.from : new URLSearchParams(search).get('next');
  // Only paths inside the app: never an absolute URL or a protocol-relative one.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/\\') && !from.startsWith('/login') ? from : '/';
}

/** The staff app is another page: leave this one for it. */
function LeaveFor({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return null;
}

export function LoginRoute() {
  usePageTitle('auth.login.title');
  const t = useT();
  const session = useSession();
  const location = useLocation();
  if (session) {
    const to = returnPath(location.state, location.search);
    return to === '/staff' || to.startsWith('/staff/') ? <LeaveFor path={to} /> : <Navigate to={to} replace />;
  }

  return (
    <div className="login">
      <header className="login__header">
        <LanguageSwitch />
      </header>
      <main className="login__main" id="main">
        <div className="login__brand">
          <img className="login__logo" src="/icons/icon.svg" alt="" width="56" height="56" />
          <p className="login__name">{t('app.name')}</p>
          <p className="login__tagline">{t('app.tagline')}</p>
        </div>
        <section className="card login__card" aria-labelledby="login-title">
          <h1 className="card__title" id="login-title">
            {t('auth.login.title')}
          </h1>
          <p className="muted">{t('auth.login.intro')}</p>
          <LoginForm />
        </section>
      </main>
    </div>
  );
}
