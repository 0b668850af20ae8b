import { usePageTitle } from '../../../hooks/use-page-title';
import { useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';
import { ADMIN_TABS, tabLabel, tabPath, type AdminTab } from '../lib/admin-tabs';
import { AuditLogPanel } from './audit-log-panel';
import { CertificatesPanel } from './certificates-panel';
import { OrgUnitsPanel } from './org-units-panel';
import { QueuesPanel } from './queues-panel';
import { SkillsTargetsPanel } from './skills-targets-panel';
import { XapiClientsPanel } from './xapi-clients-panel';
import '../admin-desk.css';

const PANELS: Record<AdminTab, () => React.JSX.Element> = {
  'org-units': OrgUnitsPanel,
  certificates: CertificatesPanel,
  skills: SkillsTargetsPanel,
  audit: AuditLogPanel,
  queues: QueuesPanel,
  xapi: XapiClientsPanel,
};

/** /staff/admin/*: one heading, a menu of the admin's areas, and the area chosen (the first at /staff/admin). */
export function AdminScreen({ tab }: { tab: AdminTab }) {
  const t = useT();
  usePageTitle(tabLabel(tab));
  const Panel = PANELS[tab];
  return (
    <div className="page stack">
      <h1 className="page__title">{t('staff.admin.title')}</h1>
      <nav className="admin-tabs" aria-label={t('staff.admin.tabs')}>
        <ul>
          {ADMIN_TABS.map((item) => (
            <li key={item}>
              <Link className="admin-tabs__link" to={tabPath(item)} aria-current={item === tab ? 'page' : undefined}>
                {t(tabLabel(item))}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="stack" aria-labelledby="admin-panel-title">
        <h2 id="admin-panel-title">{t(tabLabel(tab))}</h2>
        <Panel />
      </section>
    </div>
  );
}
