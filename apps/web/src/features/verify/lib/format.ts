import type { Locale } from '../../../lib/i18n';

/**
 * A score as the certificate's PDF prints it (the server formats with Node's full ICU): one
 * decimal, "87,5%" in Lao, "87.5%" in English. Dates: lib/dates.ts, as everywhere in the app.
 */
export function formatPercent(percent: number, locale: Locale): string {
  const english = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
  return locale === 'lo' ? english.replace('.', ',') : english;
}
