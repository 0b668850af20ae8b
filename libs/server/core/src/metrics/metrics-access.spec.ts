import { metricsAccess } from './metrics-access';

describe('metricsAccess', () => {
  const token = { mode: 'token', token: 'pQ3vL8sX1mZ6tR9wK2yB5nC7dF0gH4jA' } as const;

  it('lets a request bearing the token through, whatever the case of "Bearer"', () => {
    expect(metricsAccess(token, `Bearer ${token.token}`)).toBe('allowed');
    expect(metricsAccess(token, `bearer ${token.token}`)).toBe('allowed');
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['another token', 'Bearer pQ3vL8sX1mZ6tR9wK2yB5nC7dF0gH4jB'],
    ['a prefix of the token', 'Bearer pQ3vL8sX'],
    ['the token without the scheme', token.token],
    ['the token as Basic credentials', `Basic ${token.token}`],
  ])('refuses %s', (_what, header) => {
    expect(metricsAccess(token, header)).toBe('unauthorized');
  });

  it('is open with no token outside production, and off in production without one', () => {
    expect(metricsAccess({ mode: 'open' }, undefined)).toBe('allowed');
    expect(metricsAccess({ mode: 'disabled' }, `Bearer ${token.token}`)).toBe('disabled');
  });
});
