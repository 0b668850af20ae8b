import type { SummaryRow } from '@lms/contracts';
import { formatPercent } from '../../../lib/dates';
import { useLocale, useT, type MessageKey } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Bar } from './bar';

/** The unit's own figures, counted over its whole subtree: the completion rate first, then the counts behind it. */
export function HeadlineFigures({ row }: { row: SummaryRow }) {
  const t = useT();
  const { locale } = useLocale();
  const counts: [MessageKey, number, string?][] = [
    ['staff.dashboard.figure.learners', row.learners],
    ['staff.dashboard.figure.enrolled', row.enrolled],
    ['staff.dashboard.figure.completed', row.completed],
    ['staff.dashboard.figure.inProgress', row.inProgress],
    ['staff.dashboard.figure.notStarted', Math.max(0, row.enrolled - row.completed - row.inProgress)],
    ['staff.dashboard.figure.overdue', row.overdue, 'hr-figure--overdue'],
  ];
  return (
    <dl className="hr-figures" data-testid="headline">
      <div className="hr-figure hr-figure--rate">
        <dt>{t('staff.dashboard.figure.rate')}</dt>
        <dd>
          <span className="hr-figure__value">{formatPercent(row.completionRate * 100, locale)}</span>
          <Bar value={row.completionRate} />
        </dd>
      </div>
      {counts.map(([label, value, modifier]) => (
        <div key={label} className={['hr-figure', value > 0 ? modifier : undefined].filter(Boolean).join(' ')}>
          <dt>{t(label)}</dt>
          <dd className="hr-figure__value">{formatNumber(value, locale)}</dd>
        </div>
      ))}
    </dl>
  );
}
