import { describe, expect, it } from '@jest/globals';
import { rangeReversed, readView, reportQuery, viewSearch } from './dashboard-view';

describe('the dashboard’s view in the URL', () => {
  it('reads what it can and leaves out what the server would refuse', () => {
    expect(readView(new URLSearchParams('unit=u1&course=c1&category=email&from=2026-01-01&to=2026-02-01&page=3'))).toEqual({
      unit: 'u1',
      course: 'c1',
      category: 'email',
      from: '2026-01-01',
      to: '2026-02-01',
      page: 3,
    });
    expect(readView(new URLSearchParams('unit=&category=cooking&from=yesterday&page=-2'))).toEqual({ unit: undefined, course: undefined, category: undefined, from: undefined, to: undefined, page: 1 });
    expect(readView(new URLSearchParams('page=1.5')).page).toBe(1);
  });

  it('writes it back the same way, and asks the API in its own names', () => {
    const view = { unit: 'u1', category: 'ai' as const, from: '2026-01-01', page: 2 };
    expect(viewSearch(view)).toBe('?unit=u1&category=ai&from=2026-01-01&page=2');
    expect(readView(new URLSearchParams(viewSearch(view)))).toEqual({ ...view, course: undefined, to: undefined });
    expect(viewSearch({ page: 1 })).toBe('?');
    expect(reportQuery({ ...view, course: 'c1', to: '2026-03-01' }).toString()).toBe('orgUnitId=u1&courseId=c1&category=ai&from=2026-01-01&to=2026-03-01');
  });

  it('knows a range that ends before it starts', () => {
    expect(rangeReversed({ from: '2026-02-01', to: '2026-01-31', page: 1 })).toBe(true);
    expect(rangeReversed({ from: '2026-02-01', to: '2026-02-01', page: 1 })).toBe(false);
    expect(rangeReversed({ from: '2026-02-01', page: 1 })).toBe(false);
  });
});
