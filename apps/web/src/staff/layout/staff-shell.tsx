import type { ReactNode } from 'react';
import { NavLink } from '../../lib/router';
import { useUser } from '../../features/auth/hooks/use-session';
import { useT } from '../../lib/i18n';
import { BookIcon } from '../../app/layout/icons';
import { TopBar } from '../../app/layout/top-bar';
import { sectionsFor } from '../sections';
import './staff.css';

/**
 * The staff area's frame, for a desk more than a phone: the top bar (as the learner's), and the
 * menu of the screens the user's roles open, beside the page on a wide screen and above it on a
 * narrow one. It never shows a screen the API would refuse.
 */
export function StaffShell({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useUser();
  const sections = sectionsFor(user?.roles ?? []);

  return (
    <div className="staff">
      <TopBar
        brand={
          <NavLink className="topbar__brand" to="/staff" end aria-label={t('staff.title')}>
            <img src="/icons/icon.svg" alt="" width="32" height="32" />
            <span className="staff__brand-name">{t('staff.title')}</span>
          </NavLink>
        }
      />
      <div className="staff__body">
        <nav className="staff__nav" aria-label={t('staff.nav.label')}>
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <NavLink className="staff__nav-link" to={section.path}>
                  {t(section.label)}
                </NavLink>
              </li>
            ))}
            <li className="staff__nav-learning">
              {/* The learner app is another page: a full load, not a route of this one. */}
              <a className="staff__nav-link" href="/">
                <BookIcon />
                {t('staff.nav.learning')}
              </a>
            </li>
          </ul>
        </nav>
        <main className="staff__main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
