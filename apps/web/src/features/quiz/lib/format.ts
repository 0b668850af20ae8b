import type { Locale } from '../../../lib/i18n';

/**
 * Dates and numbers in the learner's language. Browsers often ship no Lao locale data (Chromium
 * writes Lao dates in American English), so Lao dates are put together from Lao month names; both
 * languages show Vientiane time, where the learners are.
 */
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;
const TIME_ZONE = 'Asia/Vientiane';

/** "12 ມີນາ 2026, 09:05" / "12 March 2026, 09:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const month = Number(part('month'));
  const monthName = locale === 'lo' ? LAO_MONTHS[month - 1] : new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));
  return `${Number(part('day'))} ${monthName} ${part('year')}, ${part('hour')}:${part('minute')}`;
}

/** A number as each language writes it: "7,5" in Lao, "7.5" in English. */
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
