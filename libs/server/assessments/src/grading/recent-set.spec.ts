import { RecentSet } from './recent-set';

describe('RecentSet', () => {
  it('keeps the values added last, up to its capacity, forgetting the oldest first', () => {
    const set = new RecentSet<string>(3);
    for (const v of ['a', 'b', 'c']) set.add(v);
    expect(['a', 'b', 'c'].map((v) => set.has(v))).toEqual([true, true, true]);
    set.add('d');
    expect(['a', 'b', 'c', 'd'].map((v) => set.has(v))).toEqual([false, true, true, true]);
    expect(set.size).toBe(3);
  });

  it('counts a value added again as new', () => {
    const set = new RecentSet<number>(2);
    set.add(1);
    set.add(2);
    set.add(1);
    set.add(3);
    expect([set.has(1), set.has(2), set.has(3)]).toEqual([true, false, true]);
  });
});
