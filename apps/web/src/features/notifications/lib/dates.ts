import type { Locale } from '../../../lib/i18n';

/**
 * Dates as the institute reads them, in Vientiane whatever the phone's time zone. Chromium ships
 * no Lao locale data (Intl would write Lao dates in English), so Lao dates are built from their
 * month names.
 */
const TIME_ZONE = 'Asia/Vientiane';
const LAO_MONTHS = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'] as const;

const numericParts = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: TIME_ZONE,
});

function parts(date: Date) {
  const all = numericParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: Number(part('month')), day: Number(part('day')), time: `${part('hour')}:${part('minute')}` };
}

function valid(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A long date: "15 ມີນາ 2026" / "15 March 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = valid(iso);
  if (!date) return iso;
  if (locale === 'en') return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
  const p = parts(date);
  return `${p.day} ${LAO_MONTHS[p.month - 1]} ${p.year}`;
}

/** A long date and the 24-hour time: "15 ມີນາ 2026, 09:30" / "15 March 2026, 09:30". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = valid(iso);
  return date ? `${formatDate(iso, locale)}, ${parts(date).time}` : iso;
}
