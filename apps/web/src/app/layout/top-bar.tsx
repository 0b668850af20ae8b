import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/language-switch';
import { useLogout } from '../../features/auth/api/logout';
import { useUser } from '../../features/auth/hooks/use-session';
import { useT } from '../../lib/i18n';
import { LogoutIcon } from './icons';

/**
 * The signed-in top bar of both apps: `brand` (the link home), the user's name, the language,
 * `actions` (such as the way to the other app) and log out. The skip link comes first.
 */
export function TopBar({ brand, actions }: { brand: ReactNode; actions?: ReactNode }) {
  const t = useT();
  const user = useUser();
  const logout = useLogout();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        {brand}
        <span className="topbar__user" data-testid="user-name" title={user?.displayName}>
          {user?.displayName}
        </span>
        <LanguageSwitch className="lang-switch--compact" />
        {actions}
        <button type="button" className="topbar__logout" data-testid="logout" onClick={() => logout.mutate()} disabled={logout.isPending} title={t('auth.logout')}>
          <LogoutIcon />
          <span className="topbar__logout-label">{t('auth.logout')}</span>
        </button>
      </header>
    </>
  );
}
