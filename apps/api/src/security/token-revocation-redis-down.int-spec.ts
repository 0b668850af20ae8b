import { PrivateRedis } from '@lms/server-testing';
import { startApi, type ApiHarness } from '../testing/api-harness';

/**
 * The revocation list lives in Redis; Lane keeps serving learners while Redis is down (fail-open,
 * docs/security.md). Signatures, expiry and claims are still checked, refresh tokens are still
 * refused from PostgreSQL, and revocations work again once Redis is back.
 */
describe('Access-token revocation while Redis is down (real app and PostgreSQL, a Redis of the test’s own)', () => {
  let redis: PrivateRedis;
  let redisDown = false;
  let api: ApiHarness;
  const email = 'learner@outage.gov.la';

  const me = (token: string) => api.request({ method: 'GET', url: '/api/v1/me', token });
  const logout = (session: { accessToken: string; refreshToken: string }) =>
    api.request({ method: 'POST', url: '/api/v1/auth/logout', token: session.accessToken, payload: { refreshToken: session.refreshToken } });
  const refresh = (refreshToken: string) => api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });

  async function redisSeenAs(state: 'up' | 'down'): Promise<void> {
    const until = Date.now() + 10_000;
    while ((await api.request({ method: 'GET', url: '/api/v1/health' })).json().redis !== state) {
      if (Date.now() > until) throw new Error(`the API did not see Redis ${state} within 10 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    api = await startApi({ redisUrl: redis.url });
    await api.user(email, await api.unit('OUTAGE'));
  });

  afterAll(async () => {
    try {
      if (redisDown) await redis.up();
      await api?.close();
    } finally {
      await redis?.down();
    }
  });

  it('keeps a signed-in learner working, and still refuses bad tokens and ended refresh tokens', async () => {
    const session = await api.login(email);
    await redis.down();
    redisDown = true;
    await redisSeenAs('down');

    expect((await me(session.accessToken)).statusCode).toBe(200);
    const [header, payload] = session.accessToken.split('.');
    expect((await me(`${header}.${payload}.not-the-signature`)).statusCode).toBe(401);

    const second = await api.login(email);
    expect((await logout(second)).statusCode).toBe(204);
    expect((await refresh(second.refreshToken)).statusCode).toBe(401);
    // The trade-off: the revocation could not be recorded, so this access token lives out its 15 minutes.
    expect((await me(second.accessToken)).statusCode).toBe(200);
  });

  it('makes revoked tokens fail at once again when Redis is back', async () => {
    await redis.up();
    redisDown = false;
    await redisSeenAs('up');
    const session = await api.login(email);
    expect((await me(session.accessToken)).statusCode).toBe(200);
    expect((await logout(session)).statusCode).toBe(204);
    expect((await me(session.accessToken)).statusCode).toBe(401);
  });
});
