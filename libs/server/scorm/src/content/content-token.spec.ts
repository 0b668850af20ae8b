import { ContentTokens } from './content-token';

describe('content tokens', () => {
  const tokens = new ContentTokens('a secret that is long enough for the test');
  const id = '0b4f1b7e-3a1f-4c59-9d0e-6b1f1c2d3e4f';
  const now = new Date('2026-12-03T10:00:00Z');

  it('pass for their package until they expire, 12 to 18 hours on', () => {
    const token = tokens.issue(id, now);
    expect(tokens.valid(id, token, now)).toBe(true);
    expect(tokens.valid(id, token, new Date(now.getTime() + 12 * 3600_000))).toBe(true);
    expect(tokens.valid(id, token, new Date(now.getTime() + 18 * 3600_000))).toBe(false);
  });

  it('stay the same for hours, so that the browser cache keeps the files', () => {
    expect(tokens.issue(id, new Date('2026-12-03T06:00:01Z'))).toBe(tokens.issue(id, new Date('2026-12-03T11:59:59Z')));
  });

  it('do not pass for another package, with another key, or altered', () => {
    const token = tokens.issue(id, now);
    expect(tokens.valid('1b4f1b7e-3a1f-4c59-9d0e-6b1f1c2d3e4f', token, now)).toBe(false);
    expect(new ContentTokens('another secret, just as long as the first').valid(id, token, now)).toBe(false);
    const [expires, sig] = token.split('.');
    expect(tokens.valid(id, `${Number(expires) + 3600_000}.${sig}`, now)).toBe(false);
    expect(tokens.valid(id, `${expires}.${sig.slice(1)}`, now)).toBe(false);
    expect(tokens.valid(id, 'garbage', now)).toBe(false);
  });
});
