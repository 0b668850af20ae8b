import type { Locale } from '../../../lib/i18n';

/** A number as each language writes it (dates: lib/dates.ts): "7,5" in Lao, "7.5" in English. */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  const english = new Intl.NumberFormat('en-GB', { maximumFractionDigits }).format(value);
  return locale === 'lo' ? english.replace(/,/g, '\u202f').replace('.', ',') : english;
}

/** A percentage (0–100): "87,5%" / "87.5%". */
export function formatPercent(percent: number, locale: Locale): string {
  return `${formatNumber(percent, locale, 1)}%`;
}

/** A remaining time as a clock: "4:05", "1:02:09". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
