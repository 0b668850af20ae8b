import { createHmac, createSign, generateKeyPairSync } from 'node:crypto';
import type { User } from '@lms/server-identity';
import type { OrgUnit } from '@lms/server-org';
import { PASSWORD, startApi, type ApiHarness } from '../testing/api-harness';

/**
 * The attacks of issue 11 on access tokens, against the real app (PostgreSQL, Redis). Forged
 * tokens are built byte by byte here, signed with the API's own secret unless the case is about
 * the key or the algorithm, and start from the claims of a genuine token: each one differs from
 * an accepted token only in what the case is about. docs/security.md maps each case to OWASP API2:2023
 * and ASVS 5.0.
 */
type Claims = Record<string, unknown>;

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const HS256 = { alg: 'HS256', typ: 'JWT' };

function hmacSigned(claims: Claims, secret: string, header: object = HS256, digest = 'sha256'): string {
  const body = `${b64url(header)}.${b64url(claims)}`;
  return `${body}.${createHmac(digest, secret).update(body).digest('base64url')}`;
}

function claimsOf(token: string): Claims {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('JWT attacks (real app, real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let unit: OrgUnit;
  let otherUnit: OrgUnit;
  let adminToken: string;
  let n = 0;

  const me = (token: string) => api.request({ method: 'GET', url: '/api/v1/me', token });
  const refresh = (refreshToken: string) => api.request({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
  const logout = (session: { accessToken: string; refreshToken: string }) =>
    api.request({ method: 'POST', url: '/api/v1/auth/logout', token: session.accessToken, payload: { refreshToken: session.refreshToken } });
  const adminUpdates = (user: User, payload: object) => api.request({ method: 'PATCH', url: `/api/v1/users/${user.id}`, token: adminToken, payload });
  /** A user of their own for each case, so that one case's revocations cannot make another pass. */
  const freshUser = () => api.user(`user-${++n}@sec.gov.la`, unit);

  beforeAll(async () => {
    api = await startApi();
    unit = await api.unit('SEC');
    otherUnit = await api.unit('SEC-2', unit);
    await api.user('admin@sec.gov.la', unit, ['admin']);
    adminToken = (await api.login('admin@sec.gov.la')).accessToken;
  });
  afterAll(() => api.close());

  describe('forged and tampered tokens', () => {
    let genuine: string;
    /** The genuine token's claims, freshly dated: signed with the real secret, they are accepted. */
    const claims = (): Claims => ({ ...claimsOf(genuine), iat: nowSeconds(), exp: nowSeconds() + 600 });
    const secret = () => api.config.jwt.accessSecret;

    beforeAll(async () => {
      const user = await freshUser();
      genuine = (await api.login(user.email)).accessToken;
    });

    it('accepts the genuine token, and the same claims re-signed with the real secret (the control for every case below)', async () => {
      expect((await me(genuine)).statusCode).toBe(200);
      expect((await me(hmacSigned(claims(), secret()))).statusCode).toBe(200);
    });

    it.each(['none', 'None', 'NONE'])('refuses alg %s with no signature', async (alg) => {
      expect((await me(`${b64url({ alg, typ: 'JWT' })}.${b64url(claims())}.`)).statusCode).toBe(401);
    });

    it('refuses alg none that keeps the genuine token’s signature', async () => {
      const signature = genuine.split('.')[2];
      expect((await me(`${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.${signature}`)).statusCode).toBe(401);
    });

    it('refuses RS256, signed with an RSA key of the attacker’s own (HS/RS confusion)', async () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const body = `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims())}`;
      const token = `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey, 'base64url')}`;
      expect((await me(token)).statusCode).toBe(401);
    });

    it('refuses HS256 signed with a public key PEM as the HMAC secret (HS/RS confusion)', async () => {
      const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
      expect((await me(hmacSigned(claims(), pem))).statusCode).toBe(401);
    });

    it('refuses HS512 and HS384, though signed with the real secret (one algorithm only)', async () => {
      expect((await me(hmacSigned(claims(), secret(), { alg: 'HS512', typ: 'JWT' }, 'sha512'))).statusCode).toBe(401);
      expect((await me(hmacSigned(claims(), secret(), { alg: 'HS384', typ: 'JWT' }, 'sha384'))).statusCode).toBe(401);
    });

    it('refuses a token signed with another secret', async () => {
      expect((await me(hmacSigned(claims(), 'another-secret-that-is-long-enough-0123456789'))).statusCode).toBe(401);
    });

    it('refuses a payload changed under the genuine signature (roles raised to admin)', async () => {
      const [header, , signature] = genuine.split('.');
      expect((await me(`${header}.${b64url({ ...claimsOf(genuine), roles: ['learner', 'admin'] })}.${signature}`)).statusCode).toBe(401);
    });

    it('refuses an expired token', async () => {
      expect((await me(hmacSigned({ ...claims(), iat: nowSeconds() - 960, exp: nowSeconds() - 60 }, secret()))).statusCode).toBe(401);
    });

    it('refuses a token that is not valid yet (nbf ahead)', async () => {
      expect((await me(hmacSigned({ ...claims(), nbf: nowSeconds() + 600 }, secret()))).statusCode).toBe(401);
    });

    it('refuses a wrong audience and a wrong issuer', async () => {
      expect((await me(hmacSigned({ ...claims(), aud: 'another-app' }, secret()))).statusCode).toBe(401);
      expect((await me(hmacSigned({ ...claims(), iss: 'someone-else' }, secret()))).statusCode).toBe(401);
    });

    it('refuses a token typed refresh, and one with a role Lane does not know', async () => {
      expect((await me(hmacSigned({ ...claims(), typ: 'refresh' }, secret()))).statusCode).toBe(401);
      expect((await me(hmacSigned({ ...claims(), roles: ['root'] }, secret()))).statusCode).toBe(401);
    });

    it.each(['sub', 'roles', 'org', 'typ', 'sid', 'iat', 'exp', 'iss', 'aud'])('refuses a token without %s', async (claim) => {
      const incomplete = claims();
      delete incomplete[claim];
      expect((await me(hmacSigned(incomplete, secret()))).statusCode).toBe(401);
    });

    it('refuses a missing token, a malformed one, and a scheme other than Bearer, with the one 401 shape', async () => {
      const bodies = [
        await api.request({ method: 'GET', url: '/api/v1/me' }),
        await me('not.a.jwt'),
        await api.request({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Basic ${genuine}` } }),
      ];
      for (const res of bodies) expect({ statusCode: res.statusCode, error: res.json().error }).toEqual({ statusCode: 401, error: 'Unauthorized' });
    });
  });

  describe('revoked tokens fail at once', () => {
    it('after logout: that session’s access and refresh tokens, not the user’s other session', async () => {
      const user = await freshUser();
      const leaving = await api.login(user.email);
      const staying = await api.login(user.email);
      expect((await me(leaving.accessToken)).statusCode).toBe(200);
      expect((await logout(leaving)).statusCode).toBe(204);
      expect((await me(leaving.accessToken)).statusCode).toBe(401);
      expect((await refresh(leaving.refreshToken)).statusCode).toBe(401);
      expect((await me(staying.accessToken)).statusCode).toBe(200);
    });

    it('after a reused refresh token revokes its family: every access token of that sign-in', async () => {
      const user = await freshUser();
      const first = await api.login(user.email);
      const second = (await refresh(first.refreshToken)).json();
      expect((await me(second.accessToken)).statusCode).toBe(200);
      expect((await refresh(first.refreshToken)).statusCode).toBe(401);
      expect((await me(second.accessToken)).statusCode).toBe(401);
      expect((await me(first.accessToken)).statusCode).toBe(401);
    });

    it('after an admin disables the user', async () => {
      const user = await freshUser();
      const session = await api.login(user.email);
      expect((await me(session.accessToken)).statusCode).toBe(200);
      expect((await adminUpdates(user, { status: 'disabled' })).statusCode).toBe(200);
      expect((await me(session.accessToken)).statusCode).toBe(401);
      expect((await refresh(session.refreshToken)).statusCode).toBe(401);
    });

    it('after a password change: the other sessions’ tokens, while the session that changed it goes on', async () => {
      const user = await freshUser();
      const here = await api.login(user.email);
      const elsewhere = await api.login(user.email);
      const change = await api.request({
        method: 'POST',
        url: '/api/v1/me/password',
        token: here.accessToken,
        payload: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' },
      });
      expect(change.statusCode).toBe(204);
      expect((await me(elsewhere.accessToken)).statusCode).toBe(401);
      expect((await refresh(elsewhere.refreshToken)).statusCode).toBe(401);
      expect((await me(here.accessToken)).statusCode).toBe(200);
      const next = await refresh(here.refreshToken);
      expect(next.statusCode).toBe(200);
      expect((await me(next.json().accessToken)).statusCode).toBe(200);
    });

    it('after an admin resets the password: every session', async () => {
      const user = await freshUser();
      const session = await api.login(user.email);
      expect((await adminUpdates(user, { password: 'a reset passphrase here' })).statusCode).toBe(200);
      expect((await me(session.accessToken)).statusCode).toBe(401);
    });

    it('after a role change: the old token, while a sign-in right after it works and carries the new roles', async () => {
      const user = await freshUser();
      const before = await api.login(user.email);
      expect((await adminUpdates(user, { roles: ['instructor'] })).statusCode).toBe(200);
      expect((await me(before.accessToken)).statusCode).toBe(401);
      const after = await api.login(user.email);
      expect(claimsOf(after.accessToken).roles).toEqual(['learner', 'instructor']);
      expect((await me(after.accessToken)).statusCode).toBe(200);
    });

    it('after a move to another org unit: the old token, while the refresh right after it works and carries the new unit', async () => {
      const user = await freshUser();
      const before = await api.login(user.email);
      expect((await adminUpdates(user, { orgUnitId: otherUnit.id })).statusCode).toBe(200);
      expect((await me(before.accessToken)).statusCode).toBe(401);
      const after = await refresh(before.refreshToken);
      expect(after.statusCode).toBe(200);
      expect(claimsOf(after.json().accessToken).org).toBe(otherUnit.id);
      expect((await me(after.json().accessToken)).statusCode).toBe(200);
    });

    it('only for the user concerned: another user’s token goes on working', async () => {
      const bystander = await freshUser();
      const session = await api.login(bystander.email);
      await adminUpdates(await freshUser(), { status: 'disabled' });
      expect((await me(session.accessToken)).statusCode).toBe(200);
    });
  });
});
