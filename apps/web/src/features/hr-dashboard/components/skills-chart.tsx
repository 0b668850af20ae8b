import type { SkillsRow } from '@lms/contracts';
import { formatPercent } from '../../../lib/dates';
import { useLocale, useT } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';
import { Bar } from './bar';

/**
 * Per competence area, the share of the unit's staff who hold it against the target share: a bar
 * with the target marked on it, and the same in words (met or not, so colour is never the only sign).
 */
export function SkillsChart({ row }: { row: SkillsRow }) {
  const t = useT();
  const { locale } = useLocale();
  const percent = (share: number) => formatPercent(share * 100, locale);
  return (
    <>
      <p className="hr-legend muted" aria-hidden="true">
        <span className="hr-legend__share" /> {t('staff.dashboard.skills.legend.share')} <span className="hr-legend__target" /> {t('staff.dashboard.skills.legend.target')}
      </p>
      <ul className="hr-skills" data-testid="skills-chart">
        {row.areas.map((area) => (
          <li key={area.area} className="hr-skill">
            <span className="hr-skill__name">{t(`staff.dashboard.area.${area.area}`)}</span>
            <Bar value={area.share} target={area.target} />
            <span className="hr-skill__numbers">
              {t('staff.dashboard.skills.share', { share: percent(area.share), holders: formatNumber(area.holders, locale) })} · {t('staff.dashboard.skills.target', { target: percent(area.target) })} ·{' '}
              <strong>{t(area.share >= area.target ? 'staff.dashboard.skills.met' : 'staff.dashboard.skills.below')}</strong>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
