import { describe, expect, it } from '@jest/globals';
import { formatCalendarDay, formatInstant, formatPercent } from './format';

describe('the verify page formats', () => {
  it('write dates as the PDF does, in Vientiane, whatever locale data the browser has', () => {
    // 20:00 UTC on the 14th is already the 15th in Vientiane (UTC+7).
    expect(formatInstant('2026-03-14T20:00:00Z', 'lo')).toBe('15 ມີນາ 2026');
    expect(formatInstant('2026-03-14T20:00:00Z', 'en')).toBe('15 March 2026');
    // The same as Node's full ICU, which the server uses for the PDF, for every month.
    for (let month = 0; month < 12; month++) {
      const iso = new Date(Date.UTC(2026, month, 9, 5)).toISOString();
      expect(formatInstant(iso, 'lo')).toBe(new Intl.DateTimeFormat('lo-LA', { dateStyle: 'long', timeZone: 'Asia/Vientiane' }).format(new Date(iso)));
    }
  });

  it('keep a calendar day on its day', () => {
    expect(formatCalendarDay('2026-01-01', 'lo')).toBe('1 ມັງກອນ 2026');
    expect(formatCalendarDay('2026-12-31', 'en')).toBe('31 December 2026');
    expect(formatCalendarDay('not a day', 'en')).toBe('not a day');
  });

  it('write scores with each language\'s decimal mark', () => {
    expect(formatPercent(87.5, 'lo')).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(100, 'lo')).toBe('100%');
  });
});
