import { JwtService } from '@nestjs/jwt';
import { InMemoryAccessTokenRevocations, type Actor, type AppConfig } from '@lms/server-core';
import {
  FakeClock,
  FakeLoginThrottleRepository,
  FakeOrgUnitsRepository,
  FakePasswordHasher,
  FakeRefreshTokensRepository,
  FakeSecurityLog,
  FakeUsersRepository,
  testConfig,
} from '@lms/server-testing';
import { IdentityException } from '../identity.exception';
import { AuthService } from './auth.service';
import { LoginThrottleService } from './login-throttle.service';
import { TokenService } from './token.service';

const client = { ip: '10.1.2.3' };

async function setup() {
  // The real time: TokenService stamps iat from this clock, and jsonwebtoken checks exp against the real one.
  const clock = new FakeClock(new Date());
  const orgUnits = new FakeOrgUnitsRepository();
  const unit = await orgUnits.insert({ code: 'MTC', nameLo: 'ກະຊວງ', nameEn: 'Ministry', kind: 'ministry', parentId: null });
  const users = new FakeUsersRepository(orgUnits);
  const hasher = new FakePasswordHasher();
  const refreshTokens = new FakeRefreshTokensRepository();
  const throttles = new FakeLoginThrottleRepository();
  const config: AppConfig = testConfig('postgres://unused/x');
  const jwt = new JwtService({ secret: config.jwt.accessSecret, signOptions: { algorithm: 'HS256', issuer: 'lane', audience: 'lane-api', expiresIn: 900 } });
  const securityLog = new FakeSecurityLog();
  const revocations = new InMemoryAccessTokenRevocations(clock);
  const auth = new AuthService(
    users,
    hasher,
    new LoginThrottleService(throttles, clock),
    new TokenService(jwt, refreshTokens, clock, config),
    refreshTokens,
    clock,
    securityLog.asSecurityLog(),
    revocations,
  );
  const user = await users.insert({
    email: 'noy@mtc.gov.la',
    employeeId: 'MTC-7',
    displayName: 'Noy',
    position: null,
    locale: 'lo',
    orgUnitId: unit.id,
    roles: ['learner'],
    passwordHash: await hasher.hash('right password'),
  });
  return { auth, users, user, hasher, refreshTokens, clock, securityLog, jwt, revocations };
}

/** The actor and revocation view of an issued access token. */
function sessionOf(jwt: JwtService, accessToken: string) {
  const claims = jwt.verify<{ sub: string; sid: string; iat: number; roles: Actor['roles']; org: string }>(accessToken);
  const actor: Actor = { userId: claims.sub, roles: claims.roles, orgUnitId: claims.org, locale: 'lo', sessionId: claims.sid };
  return { actor, token: { sub: claims.sub, sid: claims.sid, iat: claims.iat } };
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as IdentityException).getStatus();
  }
}

describe('AuthService', () => {
  it('signs in by email in any case or by employee id, and issues a verifiable access token', async () => {
    const { auth, user, jwt } = await setup();
    expect((await auth.validateLogin('NOY@mtc.gov.la', 'right password', client)).id).toBe(user.id);
    expect((await auth.validateLogin('MTC-7', 'right password', client)).id).toBe(user.id);
    const session = await auth.login(user);
    expect(session.expiresIn).toBe(900);
    expect(session.user).toEqual({ id: user.id, email: user.email, displayName: 'Noy', roles: ['learner'], orgUnitId: user.orgUnitId, locale: 'lo' });
    expect(jwt.verify(session.accessToken)).toMatchObject({ sub: user.id, roles: ['learner'], typ: 'access' });
    expect(JSON.stringify(session)).not.toContain('passwordHash');
  });

  it('stamps iat to the millisecond, so that within one second a cutoff refuses the token before it and not the one after', async () => {
    const { auth, user, jwt, clock, revocations } = await setup();
    clock.set(new Date(Math.floor(Date.now() / 1000) * 1000 + 400));
    const before = await auth.login(user);
    expect(sessionOf(jwt, before.accessToken).token.iat).toBe(clock.now().getTime() / 1000);
    clock.advance(100);
    await revocations.revokeUsers([user.id]);
    const after = await auth.login(user);
    expect(await revocations.revocationOf(sessionOf(jwt, before.accessToken).token)).not.toBeNull();
    expect(await revocations.revocationOf(sessionOf(jwt, after.accessToken).token)).toBeNull();
  });

  it('answers unknown users and wrong passwords alike, spending a hash on unknown users', async () => {
    const { auth, hasher } = await setup();
    const unknown = auth.validateLogin('nobody@x.la', 'whatever', client).catch((e: IdentityException) => e);
    const wrong = auth.validateLogin('noy@mtc.gov.la', 'wrong', client).catch((e: IdentityException) => e);
    const [a, b] = await Promise.all([unknown, wrong]);
    expect(a).toBeInstanceOf(IdentityException);
    expect((a as IdentityException).getStatus()).toBe(401);
    expect((a as IdentityException).message).toBe((b as IdentityException).message);
    expect(hasher.dummyVerifications).toBe(1);
  });

  it('locks an account for 15 minutes after 5 consecutive failures, even for the right password', async () => {
    const { auth, clock } = await setup();
    for (let i = 0; i < 5; i++) expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'wrong', client))).toBe(401);
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(429);
    clock.advance(14 * 60_000);
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(429);
    clock.advance(61_000);
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(200);
  });

  it('resets the consecutive count on success', async () => {
    const { auth } = await setup();
    for (let i = 0; i < 4; i++) await statusOf(auth.validateLogin('noy@mtc.gov.la', 'wrong', client));
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(200);
    for (let i = 0; i < 4; i++) expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'wrong', client))).toBe(401);
  });

  it('locks an address after 50 failures within 15 minutes, across accounts', async () => {
    const { auth } = await setup();
    for (let i = 0; i < 50; i++) expect(await statusOf(auth.validateLogin(`guess${i}@x.la`, 'wrong', client))).toBe(401);
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(429);
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', { ip: '10.9.9.9' }))).toBe(200);
  });

  it('refuses disabled users and users without a password with the same 401', async () => {
    const { auth, users, user } = await setup();
    await users.update(user.id, { status: 'disabled' });
    expect(await statusOf(auth.validateLogin('noy@mtc.gov.la', 'right password', client))).toBe(401);
  });

  it('rotates refresh tokens, and a reused one revokes the whole family', async () => {
    const { auth, user, refreshTokens, securityLog } = await setup();
    const first = await auth.login(user);
    const second = await auth.refresh(first.refreshToken, client);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const third = await auth.refresh(second.refreshToken, client);

    expect(await statusOf(auth.refresh(first.refreshToken, client))).toBe(401);
    expect(securityLog.events).toContainEqual({ kind: 'auth.failed', reason: 'refresh token reuse: family revoked' });
    expect(await statusOf(auth.refresh(third.refreshToken, client))).toBe(401);
    expect(refreshTokens.tokens.every((t) => t.revokedAt)).toBe(true);
  });

  it('refuses expired refresh tokens and those of disabled users', async () => {
    const { auth, user, users, clock } = await setup();
    const a = await auth.login(user);
    clock.advance(31 * 86_400_000);
    expect(await statusOf(auth.refresh(a.refreshToken, client))).toBe(401);
    const b = await auth.login(user);
    await users.update(user.id, { status: 'disabled' });
    expect(await statusOf(auth.refresh(b.refreshToken, client))).toBe(401);
  });

  it('logs out only the caller’s own sign-in', async () => {
    const { auth, user, users, jwt, revocations } = await setup();
    const other = await users.insert({ ...user, email: 'other@x.la', employeeId: null, passwordHash: null });
    const session = await auth.login(user);
    const intruder = sessionOf(jwt, (await auth.login(other)).accessToken);
    await auth.logout(intruder.actor, session.refreshToken);
    expect(await statusOf(auth.refresh(session.refreshToken, client))).toBe(200);
    expect(await revocations.revocationOf(intruder.token)).not.toBeNull();
    const next = await auth.login(user);
    const own = sessionOf(jwt, next.accessToken);
    await auth.logout(own.actor, next.refreshToken);
    expect(await statusOf(auth.refresh(next.refreshToken, client))).toBe(401);
    expect(await revocations.revocationOf(own.token)).toBe('access token of an ended sign-in');
  });

  it('ends the access token’s own sign-in on logout, even when the refresh token sent is unknown', async () => {
    const { auth, user, jwt, revocations } = await setup();
    const session = await auth.login(user);
    const { actor, token } = sessionOf(jwt, session.accessToken);
    await auth.logout(actor, 'not a refresh token');
    expect(await revocations.revocationOf(token)).not.toBeNull();
    expect(await statusOf(auth.refresh(session.refreshToken, client))).toBe(401);
  });

  it('makes the access tokens of a family fail at once when a reused refresh token revokes it', async () => {
    const { auth, user, jwt, revocations } = await setup();
    const first = await auth.login(user);
    const second = await auth.refresh(first.refreshToken, client);
    expect(await revocations.revocationOf(sessionOf(jwt, second.accessToken).token)).toBeNull();
    await statusOf(auth.refresh(first.refreshToken, client));
    expect(await revocations.revocationOf(sessionOf(jwt, second.accessToken).token)).not.toBeNull();
    expect(await revocations.revocationOf(sessionOf(jwt, first.accessToken).token)).not.toBeNull();
  });
});
