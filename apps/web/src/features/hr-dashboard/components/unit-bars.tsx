import type { SummaryRow } from '@lms/contracts';
import { formatPercent } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Link } from '../../../lib/router';
import { Bar } from './bar';

/**
 * The units under the current one, each a bar of its completion rate with the numbers written
 * out, and each a link into that unit's own figures.
 */
export function UnitBars({ rows, nameOf, href }: { rows: SummaryRow[]; nameOf: (unitId: string, fallback: string) => string; href: (unitId: string) => string }) {
  const t = useT();
  const { locale } = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <ul className="hr-units" data-testid="unit-bars">
      {rows.map((row) => (
        <li key={row.orgUnitId}>
          <Link className="hr-unit" to={href(row.orgUnitId)}>
            <span className="hr-unit__name">{nameOf(row.orgUnitId, row.name)}</span>
            <span className="hr-unit__rate">{row.enrolled ? t('staff.dashboard.units.rate', { rate: formatPercent(row.completionRate * 100, locale) }) : t('staff.dashboard.units.noEnrolments')}</span>
            <Bar value={row.completionRate} />
            <span className="hr-unit__counts muted">{t('staff.dashboard.units.counts', { completed: n(row.completed), enrolled: n(row.enrolled), overdue: n(row.overdue) })}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
