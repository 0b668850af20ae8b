import { useId } from 'react';
import { useLocale, useT } from '../../../lib/i18n';
import { formatPercent } from '../../../lib/dates';

/** A course's progress: a bar for the eye, role="progressbar" for assistive technology, and the figure as text. */
export function ProgressBar({ percent }: { percent: number }) {
  const t = useT();
  const { locale } = useLocale();
  const labelId = useId();
  const value = Math.min(100, Math.max(0, Math.round(percent)));
  const text = formatPercent(value, locale);
  return (
    <div className="learning-progress">
      <span className="learning-progress__label" id={labelId}>
        {t('learning.progress.value', { percent: text })}
      </span>
      <div
        className="learning-progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="learning-progress__fill" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
