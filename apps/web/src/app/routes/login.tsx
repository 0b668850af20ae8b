import { Navigate, useLocation } from '../../lib/router';
import { LanguageSwitch } from '../../components/language-switch';
import { LoginForm } from '../../features/auth/components/login-form';
import { useSession } from '../../features/auth/hooks/use-session';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../../hooks/use-page-title';

function returnPath(state: unknown): string {
  const from = state && typeof state === 'object' && 'from' in state ? state.from : null;
  // Only paths inside the app: never an absolute URL or a protocol-relative one.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginRoute() {
  usePageTitle('auth.login.title');
  const t = useT();
  const session = useSession();
  const location = useLocation();
  if (session) return <Navigate to={returnPath(location.state)} replace />;

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
