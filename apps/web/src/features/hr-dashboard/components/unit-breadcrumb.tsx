import type { OrgUnitNode } from '@lms/contracts';
import { useLocale, useT } from '../../../lib/i18n';
import { Link } from '../../../lib/router';

/** The way down from the top of the reader's tree to the unit shown, each step a link back up to it. */
export function UnitBreadcrumb({ path, current, href }: { path: OrgUnitNode[]; current: string; href: (unitId: string) => string }) {
  const t = useT();
  const { locale } = useLocale();
  const above = path.slice(0, -1);
  return (
    <nav className="hr-breadcrumb" aria-label={t('staff.dashboard.path')}>
      <ol>
        {above.map((unit) => (
          <li key={unit.id}>
            <Link to={href(unit.id)}>{unit.name[locale] || unit.name.en}</Link>
          </li>
        ))}
        <li>
          <span aria-current="location">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
