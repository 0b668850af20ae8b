import type { Locale } from './i18n';

/**
 * Dates, days and percentages as the app writes them (shared by every feature that shows one).
 * Dates as the institute reads them: calendar days in Vientiane, whatever the phone's time zone.
 * Chromium ships no Lao locale data (Intl would write Lao dates, and relative times such as
 * "in 3 days", in English), so Lao dates are built from their month names and the relative words
 * come from the catalogue.
 */
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;
const DAY_MS = 86_400_000;

/** Vientiane's offset from UTC: seven hours, all year (Laos keeps no daylight saving time). */
const VIENTIANE_OFFSET_MS = 7 * 3_600_000;

/**
 * The calendar day and time in Vientiane, by arithmetic rather than Intl: the first Intl call of
 * a page loads the browser's locale data, which costs a cheap phone tens of milliseconds while
 * the page is drawn, and Lao dates need none of it.
 */
function vientiane(date: Date): { year: number; month: number; day: number; time: string } {
  const local = new Date(date.getTime() + VIENTIANE_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, '0');
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), time: `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}` };
}

/** A calendar day as a long date: "15 ມີນາ 2026" / "15 March 2026". */
function longDate({ year, month, day }: { year: number; month: number; day: number }, locale: Locale): string {
  if (locale === 'en') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
  return `${day} ${LAO_MONTHS[month - 1]} ${year}`;
}

/** An instant (ISO 8601) as a long date in Vientiane: "15 ມີນາ 2026" / "15 March 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate(vientiane(date), locale);
}

/** A calendar day (YYYY-MM-DD) as a long date, with no time zone shifting it. */
export function formatCalendarDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = match && new Date(`${day}T00:00:00Z`);
  if (!match || !date || Number.isNaN(date.getTime())) return day;
  return longDate({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, locale);
}

/** A long date and the 24-hour time: "15 ມີນາ 2026, 09:30" / "15 March 2026, 09:30". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${formatDate(iso, locale)}, ${vientiane(date).time}`;
}

/** Whole calendar days (Vientiane) from today to the instant: 0 today, 1 tomorrow, -2 the day before yesterday. */
export function calendarDaysFromToday(iso: string, now: Date = new Date()): number {
  const toDayNumber = (date: Date) => {
    const { year, month, day } = vientiane(date);
    return Date.UTC(year, month - 1, day) / DAY_MS;
  };
  return toDayNumber(new Date(iso)) - toDayNumber(now);
}

/** "one" or "other", to pick the English singular; Lao has one form, kept under both keys. */
export function pluralCategory(count: number, locale: Locale): 'one' | 'other' {
  return new Intl.PluralRules(locale === 'lo' ? 'lo' : 'en').select(count) === 'one' ? 'one' : 'other';
}

/** A whole percentage as the locale writes it: "40%". */
export function formatPercent(percent: number, locale: Locale): string {
  const clamped = Math.min(100, Math.max(0, Math.round(percent)));
  return new Intl.NumberFormat(locale === 'lo' ? 'lo' : 'en', { style: 'percent', maximumFractionDigits: 0 }).format(clamped / 100);
}
