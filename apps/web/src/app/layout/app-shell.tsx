import { Suspense } from 'react';
import { Link, NavLink, Outlet } from '../../lib/router';
import { Alert } from '../../components/ui';
import { LanguageSwitch } from '../../components/language-switch';
import { useLogout } from '../../features/auth/api/logout';
import { useUser } from '../../features/auth/hooks/use-session';
import { useOnlineStatus } from '../../hooks/use-online-status';
import { useT } from '../../lib/i18n';
import { PageLoading } from '../routes/page-loading';
import { AwardIcon, BellIcon, BookIcon, HomeIcon, LogoutIcon, UserIcon } from './icons';

/**
 * The signed-in frame: a top bar (brand, the user's name, language, log out) and the main menu,
 * which sits at the bottom of the screen on phones and under the top bar on wider screens.
 */
export function AppShell() {
  const t = useT();
  const user = useUser();
  const logout = useLogout();
  const online = useOnlineStatus();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link className="topbar__brand" to="/" aria-label={t('app.homeLink')}>
          <img src="/icons/icon.svg" alt="" width="32" height="32" />
          <span className="topbar__brand-name" aria-hidden="true">
            {t('app.name')}
          </span>
        </Link>
        <span className="topbar__user" data-testid="user-name" title={user?.displayName}>
          {user?.displayName}
        </span>
        <LanguageSwitch className="lang-switch--compact" />
        <button
          type="button"
          className="topbar__logout"
          data-testid="logout"
          onClick={() => logout.mutate()}
          disabled={logout.isPending}
          title={t('auth.logout')}
        >
          <LogoutIcon />
          <span className="topbar__logout-label">{t('auth.logout')}</span>
        </button>
      </header>
      <nav className="nav" aria-label={t('nav.label')}>
        <NavLink className="nav__link" to="/" end>
          <HomeIcon />
          <span>{t('nav.home')}</span>
        </NavLink>
        <NavLink className="nav__link" to="/courses">
          <BookIcon />
          <span>{t('nav.courses')}</span>
        </NavLink>
        <NavLink className="nav__link" to="/certificates">
          <AwardIcon />
          <span>{t('nav.certificates')}</span>
        </NavLink>
        <NavLink className="nav__link" to="/notifications">
          <BellIcon />
          <span>{t('nav.notifications')}</span>
        </NavLink>
        <NavLink className="nav__link" to="/profile">
          <UserIcon />
          <span>{t('nav.profile')}</span>
        </NavLink>
      </nav>
      {!online && (
        <div className="shell__banner">
          <Alert tone="warning">{t('errors.offline')}</Alert>
        </div>
      )}
      <main className="shell__main" id="main" tabIndex={-1}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
