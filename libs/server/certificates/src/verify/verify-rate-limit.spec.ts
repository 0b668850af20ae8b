import { VerifyRateLimit } from './verify-rate-limit';

describe('VerifyRateLimit', () => {
  it('allows the limit per window and client, then says how long to wait', () => {
    const limit = new VerifyRateLimit(3, 60_000);
    expect([0, 1, 2].map((i) => limit.hit('10.0.0.1', 1000 + i))).toEqual([0, 0, 0]);
    expect(limit.hit('10.0.0.1', 31_000)).toBe(30);
    expect(limit.hit('10.0.0.2', 31_000)).toBe(0);
    expect(limit.hit('10.0.0.1', 61_000)).toBe(0);
  });
});
