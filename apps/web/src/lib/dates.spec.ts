import { describe, expect, it } from '@jest/globals';
import { calendarDaysFromToday, formatCalendarDay, formatDate, formatDateTime } from './dates';

describe('dates in Vientiane', () => {
  it('writes the Vientiane calendar day, whatever the instant’s UTC day', () => {
    // 17:00 UTC is midnight in Vientiane: the next day there.
    expect(formatDate('2026-03-14T16:59:00Z', 'lo')).toBe('14 ມີນາ 2026');
    expect(formatDate('2026-03-14T17:00:00Z', 'lo')).toBe('15 ມີນາ 2026');
    expect(formatDateTime('2026-12-31T17:30:00Z', 'lo')).toBe('1 ມັງກອນ 2027, 00:30');
    expect(formatDate('2026-03-15T02:00:00Z', 'en')).toBe('15 March 2026');
    expect(formatDate('not a date', 'lo')).toBe('not a date');
  });

  it('agrees with the time-zone database on every hour of two years', () => {
    const reference = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Vientiane' });
    const months = ['ມັງກອນ', 'ກຸມພາ', 'ມີນາ', 'ເມສາ', 'ພຶດສະພາ', 'ມິຖຸນາ', 'ກໍລະກົດ', 'ສິງຫາ', 'ກັນຍາ', 'ຕຸລາ', 'ພະຈິກ', 'ທັນວາ'];
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000 + 60_000) {
      const parts = Object.fromEntries(reference.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
      const iso = new Date(t).toISOString();
      expect(formatDateTime(iso, 'lo')).toBe(`${Number(parts.day)} ${months[Number(parts.month) - 1]} ${parts.year}, ${parts.hour}:${parts.minute}`);
    }
  });

  it('writes Lao dates as the server’s full ICU does for certificates, for every month', () => {
    for (let month = 0; month < 12; month++) {
      const iso = new Date(Date.UTC(2026, month, 9, 5)).toISOString();
      expect(formatDate(iso, 'lo')).toBe(new Intl.DateTimeFormat('lo-LA', { dateStyle: 'long', timeZone: 'Asia/Vientiane' }).format(new Date(iso)));
      expect(formatDate(iso, 'en')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Asia/Vientiane' }).format(new Date(iso)));
    }
  });

  it('keeps a calendar day on its day', () => {
    expect(formatCalendarDay('2026-01-01', 'lo')).toBe('1 ມັງກອນ 2026');
    expect(formatCalendarDay('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatCalendarDay('not a day', 'en')).toBe('not a day');
    expect(formatCalendarDay('2026-13-45', 'lo')).toBe('2026-13-45');
  });

  it('counts calendar days in Vientiane', () => {
    const now = new Date('2026-03-14T16:30:00Z'); // 23:30 on the 14th in Vientiane
    expect(calendarDaysFromToday('2026-03-14T17:00:00Z', now)).toBe(1);
    expect(calendarDaysFromToday('2026-03-13T17:00:00Z', now)).toBe(0);
    expect(calendarDaysFromToday('2026-03-13T16:59:00Z', now)).toBe(-1);
  });
});
