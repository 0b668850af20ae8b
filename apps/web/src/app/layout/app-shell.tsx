import { Suspense } from 'react';
import { Link, NavLink, Outlet } from '../../lib/router';
import { Alert } from '../../components/ui';
import { useUser } from '../../features/auth/hooks/use-session';
import { useOnlineStatus } from '../../hooks/use-online-status';
import { useT } from '../../lib/i18n';
import { PageLoading } from '../routes/page-loading';
import { AwardIcon, BellIcon, BookIcon, BriefcaseIcon, HomeIcon, UserIcon } from './icons';
import { TopBar } from './top-bar';

/**
 * The signed-in frame: a top bar (brand, the user's name, language, log out) and the main menu,
 * which sits at the bottom of the screen on phones and under the top bar on wider screens.
 */
export function AppShell() {
  const t = useT();
  const user = useUser();
  const online = useOnlineStatus();

  return (
    <div className="shell">
      <TopBar
        brand={
          <Link className="topbar__brand" to="/" aria-label={t('app.homeLink')}>
            <img src="/icons/icon.svg" alt="" width="32" height="32" />
            <span className="topbar__brand-name" aria-hidden="true">
              {t('app.name')}
            </span>
          </Link>
        }
        actions={
          user?.roles.some((role) => role !== 'learner') && (
            // The staff app is another page (apps/web/staff): a full load, not a route of this app.
            <a className="topbar__logout" href="/staff" title={t('nav.staff')} data-testid="staff-link">
              <BriefcaseIcon />
              <span className="topbar__logout-label">{t('nav.staff')}</span>
            </a>
          )
        }
      />
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
