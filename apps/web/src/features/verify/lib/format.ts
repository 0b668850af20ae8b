import type { Locale } from '../../../lib/i18n';

/**
 * Dates and numbers as the certificate's PDF prints them (the server formats with Node's full
 * ICU: "15 ມີນາ 2026", "15 March 2026", "87,5"). Browsers are not all so well equipped: Chromium
 * ships no Lao locale data and would write Lao dates in American English. So Lao is formatted
 * here from its month names; English uses the browser's en-GB.
 */
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;
/** Dates are the institute's: the same calendar day wherever the page is read. */
const TIME_ZONE = 'Asia/Vientiane';

function longDate(date: Date, timeZone: string, locale: Locale): string {
  if (locale === 'en') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('day')} ${LAO_MONTHS[part('month') - 1]} ${part('year')}`;
}

/** An instant (ISO 8601) as a long date in Vientiane, e.g. "15 ມີນາ 2026" / "15 March 2026". */
export function formatInstant(iso: string, locale: Locale): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : longDate(date, TIME_ZONE, locale);
}

/** A calendar day (YYYY-MM-DD) as a long date, with no time zone shifting it. */
export function formatCalendarDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  return !/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(date.getTime()) ? day : longDate(date, 'UTC', locale);
}

/** A score in percent as each language writes it: "87,5%" in Lao, "87.5%" in English. */
export function formatPercent(percent: number, locale: Locale): string {
  const english = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
  return locale === 'lo' ? english.replace('.', ',') : english;
}
