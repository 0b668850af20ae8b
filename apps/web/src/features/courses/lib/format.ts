import type { Locale, TFunction } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/numbers';

/** A course's estimated time: "ປະມານ 1 ຊົ່ວໂມງ 30 ນາທີ" / "About 1 hr 30 min"; null when unknown. */
export function formatDuration(minutes: number | null, locale: Locale, t: TFunction): string | null {
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) return null;
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const n = (value: number) => formatNumber(value, locale);
  const duration =
    hours === 0
      ? t('courses.duration.minutes', { minutes: n(rest) })
      : rest === 0
        ? t('courses.duration.hours', { hours: n(hours) })
        : t('courses.duration.hoursMinutes', { hours: n(hours), minutes: n(rest) });
  return t('courses.duration.about', { duration });
}
