import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startApi, PASSWORD, type ApiHarness } from './testing/api-harness';

function b64url(value: object | string): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

function sign(header: object, claims: object, secret: string): string {
  const body = `${b64url(header)}.${b64url(claims)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('Auth (real app, real PostgreSQL)', () => {
  let api: ApiHarness;
  let userId: string;
  let orgUnitId: string;

  beforeAll(async () => {
    api = await startApi();
    const unit = await api.unit('MTC');
    orgUnitId = unit.id;
    userId = (await api.user('somchai@mtc.gov.la', unit, [], { employeeId: 'MTC-0001', displayName: 'ສົມໃຈ' })).id;
  });
  afterAll(() => api.close());

  const login = (loginName: string, password: string, ip = '10.0.0.1') =>
    api.request({ method: 'POST', url: '/api/v1/auth/login', payload: { login: loginName, password }, remoteAddress: ip });

  it('signs in by email or employee id and returns the contract’s shape', async () => {
    for (const name of ['somchai@mtc.gov.la', 'SOMCHAI@mtc.gov.la', 'MTC-0001']) {
      const res = await login(name, PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.any(String),
        expiresIn: 900,
        user: { id: userId, email: 'somchai@mtc.gov.la', displayName: 'ສົມໃຈ', roles: ['learner'], orgUnitId, locale: 'lo' },
      });
    }
  });

  it('gives an unknown user and a wrong password the same 401', async () => {
    const unknown = await login('nobody@mtc.gov.la', PASSWORD, '10.0.0.2');
    const wrong = await login('MTC-0001', 'not the password', '10.0.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('answers 400 when the login body is incomplete', async () => {
    const res = await api.request({ method: 'POST', url: '/api/v1/auth/login', payload: { login: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].field).toBe('password');
  });

  it('locks an account with 429 after 5 consecutive failures, even for the right password', async () => {
    const unit = await api.unit('BRUTE');
    await api.user('target@mtc.gov.la', unit);
    for (let i = 0; i < 5; i++) expect((await login('target@mtc.gov.la', `guess-${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    const locked = await login('target@mtc.gov.la', PASSWORD, '10.1.0.99');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
  });

  it('locks a client address with 429 after 50 failures within 15 minutes', async () => {
    for (let i = 0; i < 50; i++) expect((await login(`spray-${i}@mtc.gov.la`, 'Winter2026!', '10.2.0.1')).statusCode).toBe(401);
    expect((await login('somchai@mtc.gov.la', PASSWORD, '10.2.0.1')).statusCode).toBe(429);
    expect((await login('somchai@mtc.gov.la', PASSWORD, '10.2.0.2')).statusCode).toBe(200);
  });

  it('rotates refresh tokens; reusing a spent one answers 401 and revokes the family', async () => {
    const first = (await login('somchai@mtc.gov.la', PASSWORD)).json();
    const second = await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: first.refreshToken } });
    expect(second.statusCode).toBe(200);
    const pair = second.json();
    expect(pair.refreshToken).not.toBe(first.refreshToken);
    const reuse = await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: first.refreshToken } });
    expect(reuse.statusCode).toBe(401);
    const afterRevoke = await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: pair.refreshToken } });
    expect(afterRevoke.statusCode).toBe(401);
  });

  it('logs out with 204 and the refresh token stops working', async () => {
    const session = (await login('somchai@mtc.gov.la', PASSWORD)).json();
    const out = await api.request({ method: 'POST', url: '/api/v1/auth/logout', token: session.accessToken, payload: { refreshToken: session.refreshToken } });
    expect(out.statusCode).toBe(204);
    const refresh = await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken } });
    expect(refresh.statusCode).toBe(401);
  });

  describe('access tokens', () => {
    const me = (token: string) => api.request({ method: 'GET', url: '/api/v1/me', token });
    const claims = () => ({ sub: userId, roles: ['learner', 'admin'], org: orgUnitId, locale: 'lo', typ: 'access', iss: 'lane', aud: 'lane-api', iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 600 });

    it('accepts a genuine token', async () => {
      const { accessToken } = (await login('somchai@mtc.gov.la', PASSWORD, '10.3.0.1')).json();
      expect((await me(accessToken)).statusCode).toBe(200);
    });

    it('refuses a token whose payload was tampered with', async () => {
      const { accessToken } = (await login('somchai@mtc.gov.la', PASSWORD, '10.3.0.1')).json();
      const [h, , s] = accessToken.split('.');
      expect((await me(`${h}.${b64url(claims())}.${s}`)).statusCode).toBe(401);
    });

    it('refuses alg none', async () => {
      expect((await me(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`)).statusCode).toBe(401);
    });

    it('refuses an expired token, a wrong audience, a wrong key and a missing token', async () => {
      const secret = api.config.jwt.accessSecret;
      expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), exp: Math.floor(Date.now() / 1000) - 10 }, secret))).statusCode).toBe(401);
      expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, { ...claims(), aud: 'another-app' }, secret))).statusCode).toBe(401);
      expect((await me(sign({ alg: 'HS256', typ: 'JWT' }, claims(), 'some-other-secret-of-sufficient-length-000'))).statusCode).toBe(401);
      expect((await me(sign({ alg: 'HS512', typ: 'JWT' }, claims(), secret))).statusCode).toBe(401);
      expect((await api.request({ method: 'GET', url: '/api/v1/me' })).json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });
  });

  describe('/me', () => {
    it('changes the display name and locale, and nothing else', async () => {
      const { accessToken } = (await login('somchai@mtc.gov.la', PASSWORD, '10.4.0.1')).json();
      const ok = await api.request({ method: 'PATCH', url: '/api/v1/me', token: accessToken, payload: { displayName: 'Somchai K.', locale: 'en' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ displayName: 'Somchai K.', locale: 'en', roles: ['learner'] });
      expect(ok.body).not.toContain('passwordHash');
      const escalate = await api.request({ method: 'PATCH', url: '/api/v1/me', token: accessToken, payload: { roles: ['learner', 'admin'] } });
      expect(escalate.statusCode).toBe(400);
      const bad = await api.request({ method: 'PATCH', url: '/api/v1/me', token: accessToken, payload: { locale: 'fr' } });
      expect(bad.statusCode).toBe(400);
    });

    it('changes the password, refusing a wrong current one and a common new one, and signs out other sessions', async () => {
      const unit = await api.unit('PWD');
      await api.user('pw@mtc.gov.la', unit);
      const here = (await login('pw@mtc.gov.la', PASSWORD, '10.5.0.1')).json();
      const elsewhere = (await login('pw@mtc.gov.la', PASSWORD, '10.5.0.2')).json();
      const change = (currentPassword: string, newPassword: string) =>
        api.request({ method: 'POST', url: '/api/v1/me/password', token: here.accessToken, payload: { currentPassword, newPassword } });
      expect((await change('wrong', 'a new long passphrase')).statusCode).toBe(400);
      expect((await change(PASSWORD, 'password123')).json()).toMatchObject({ statusCode: 400, message: expect.stringContaining('too common') });
      expect((await change(PASSWORD, 'a new long passphrase')).statusCode).toBe(204);
      expect((await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: elsewhere.refreshToken } })).statusCode).toBe(401);
      expect((await api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: here.refreshToken } })).statusCode).toBe(200);
      expect((await login('pw@mtc.gov.la', 'a new long passphrase', '10.5.0.3')).statusCode).toBe(200);
    });
  });

  it('stores passwords as argon2id with at least 19 MiB, 2 passes', async () => {
    const ds = api.app.get(DataSource);
    const [{ password_hash }] = await ds.query(`SELECT password_hash FROM users WHERE email = 'somchai@mtc.gov.la'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,p=1,t=\d+\$/);
    const [, m, t] = /m=(\d+),p=1,t=(\d+)/.exec(password_hash)!;
    expect(Number(m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
  });
});
