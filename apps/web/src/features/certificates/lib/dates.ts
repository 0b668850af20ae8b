import type { Locale } from '../../../lib/i18n';

/**
 * Dates as the institute reads them: calendar days in Vientiane, whatever the phone's time zone.
 * Chromium ships no Lao locale data (Intl would write Lao dates in English), so Lao dates are
 * built from their month names, as the certificate's PDF prints them.
 */
const TIME_ZONE = 'Asia/Vientiane';
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;

const numericDay = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: TIME_ZONE });

function vientianeDay(date: Date): { year: number; month: number; day: number } {
  const parts = numericDay.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** An instant (ISO 8601) as a long date in Vientiane: "15 ມີນາ 2026" / "15 March 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (locale === 'en') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
  const { year, month, day } = vientianeDay(date);
  return `${day} ${LAO_MONTHS[month - 1]} ${year}`;
}
