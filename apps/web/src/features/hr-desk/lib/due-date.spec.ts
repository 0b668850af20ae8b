import { describe, expect, it } from '@jest/globals';
import { endOfVientianeDay, vientianeToday } from './due-date';

describe('due dates in Vientiane', () => {
  it('closes a due day at its last second in Vientiane', () => {
    expect(new Date(endOfVientianeDay('2027-03-15')).toISOString()).toBe('2027-03-15T16:59:59.000Z');
  });

  it('takes today from the Vientiane clock, not UTC', () => {
    expect(vientianeToday(new Date('2026-12-02T16:59:00Z'))).toBe('2026-12-02');
    expect(vientianeToday(new Date('2026-12-02T17:00:00Z'))).toBe('2026-12-03');
  });
});
