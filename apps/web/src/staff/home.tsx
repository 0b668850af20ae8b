import { Card } from '../components/ui';
import { useUser } from '../features/auth/hooks/use-session';
import { usePageTitle } from '../hooks/use-page-title';
import { useT } from '../lib/i18n';
import { Link } from '../lib/router';
import { sectionsFor } from './sections';

/** /staff: the screens the user's roles open, each with what it is for. */
export function StaffHome() {
  const t = useT();
  const user = useUser();
  usePageTitle('staff.title');
  const roles = (user?.roles ?? []).filter((role) => role !== 'learner');
  return (
    <div className="page stack">
      <h1 className="page__title">{t('staff.title')}</h1>
      <p className="muted">
        {t('staff.intro')} {roles.map((role) => t(`staff.role.${role}`)).join(', ')}
      </p>
      <ul className="staff-home">
        {sectionsFor(user?.roles ?? []).map((section) => (
          <li key={section.path}>
            <Card titleLevel={2} title={<Link to={section.path}>{t(section.label)}</Link>}>
              <p className="muted">{t(section.summary)}</p>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
