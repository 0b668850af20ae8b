import { describe, expect, it } from '@jest/globals';
import { formatPercent } from './format';

describe('the verify page formats', () => {
  it("writes scores with each language's decimal mark, as the PDF does", () => {
    expect(formatPercent(87.5, 'lo')).toBe('87,5%');
    expect(formatPercent(87.5, 'en')).toBe('87.5%');
    expect(formatPercent(100, 'lo')).toBe('100%');
  });
});
