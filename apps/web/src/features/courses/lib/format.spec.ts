import { afterEach, describe, expect, it } from '@jest/globals';
import { translate, type MessageKey, type Vars } from '../../../lib/i18n';
import { formatDate, formatPercent, pluralCategory } from '../../../lib/dates';
import { formatBytes, formatNumber, setIntlDataForTests } from '../../../lib/numbers';
import { formatDuration } from './format';

const lo = (key: MessageKey, vars?: Vars) => translate('lo', key, vars);
const en = (key: MessageKey, vars?: Vars) => translate('en', key, vars);

describe('formatting for the courses screens', () => {
  afterEach(() => setIntlDataForTests('lo', undefined));

  it.each([true, false])('writes Lao the same whether or not the browser has Lao data (has it: %s)', (available) => {
    setIntlDataForTests('lo', available);
    expect(formatDate('2026-03-15T10:00:00Z', 'lo')).toBe('15 ມີນາ 2026');
    expect(formatNumber(1234, 'lo')).toBe('1.234');
    expect(formatBytes(1_520_000, 'lo')).toBe('1,5 MB');
    expect(formatBytes(850_400, 'lo')).toBe('850 kB');
    expect(formatPercent(40, 'lo')).toBe('40%');
    expect(formatDuration(150, 'lo', lo)).toBe('ປະມານ 2 ຊົ່ວໂມງ 30 ນາທີ');
    expect(pluralCategory(1, 'lo')).toBe('other');
  });

  it('takes the calendar day in Laos, not in UTC', () => {
    // 20:00 UTC on the 14th is 03:00 on the 15th in Vientiane.
    expect(formatDate('2026-03-14T20:00:00Z', 'lo')).toBe('15 ມີນາ 2026');
    expect(formatDate('2026-03-14T20:00:00Z', 'en')).toBe('15 March 2026');
  });

  it('writes English durations, sizes and plurals', () => {
    expect(formatDuration(45, 'en', en)).toBe('About 45 min');
    expect(formatDuration(60, 'en', en)).toBe('About 1 hr');
    expect(formatDuration(null, 'en', en)).toBeNull();
    expect(formatDuration(0, 'en', en)).toBeNull();
    expect(formatBytes(300, 'en')).toBe('1 kB');
    expect(formatBytes(2_400_000_000, 'en')).toBe('2.4 GB');
    expect(formatPercent(133, 'en')).toBe('100%');
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
  });
});
