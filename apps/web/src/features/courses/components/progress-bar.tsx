import { useId } from 'react';
import { useLocale, useT } from '../../../lib/i18n';
import { formatPercent } from '../../../lib/dates';

export function ProgressBar({ percent }: { percent: number }) {
  const t = useT();
  const { locale } = useLocale();
  const labelId = useId();
  const value = Math.round(Math.min(100, Math.max(0, percent)));
  const text = t('courses.course.progressValue', { percent: formatPercent(value, locale) });
  return (
    <div className="courses-progress">
      <div className="courses-progress__labels">
        <span id={labelId} className="courses-progress__label">
          {t('courses.course.progress')}
        </span>
        <span className="courses-progress__value" aria-hidden="true">
          {text}
        </span>
      </div>
      <div className="courses-progress__track" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value} aria-valuetext={text}>
        <div className="courses-progress__fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
