import { afterEach, describe, expect, it } from '@jest/globals';
import { formatDecimal, setIntlDataForTests } from './numbers';

describe('formatDecimal', () => {
  afterEach(() => setIntlDataForTests('lo', undefined));

  it.each([true, false])('writes a Lao score with a decimal comma, with or without the browser’s Lao data (has it: %s)', (available) => {
    setIntlDataForTests('lo', available);
    expect(formatDecimal(7.5, 'lo')).toBe('7,5');
    expect(formatDecimal(10, 'lo')).toBe('10');
    expect(formatDecimal(1234.25, 'lo')).toBe('1.234,25');
  });

  it('writes English with a decimal point, to two places at most', () => {
    expect(formatDecimal(7.5, 'en')).toBe('7.5');
    expect(formatDecimal(2 / 3, 'en')).toBe('0.67');
  });
});
