import { UnauthorizedException } from '@nestjs/common';
import { FakeClock, testConfig } from '@lms/server-testing';
import type { AccessTokenClaims } from './access-token';
import { AccessTokenRevocations, type RevocableToken } from './access-token-revocations';
import { InMemoryAccessTokenRevocations } from './in-memory-access-token-revocations';
import { JwtStrategy } from './jwt.strategy';

const NOW = 1_780_000_000;
const claims = (): AccessTokenClaims & { iat: number; exp: number } => ({
  sub: 'user-1',
  roles: ['learner'],
  org: 'unit-1',
  locale: 'en',
  typ: 'access',
  sid: 'session-a',
  iat: NOW,
  exp: NOW + 900,
});

/** A revocation list that cannot answer, as the Redis one reports a Redis outage. */
class UnknowingRevocations extends AccessTokenRevocations {
  readonly asked: RevocableToken[] = [];
  async revokeSessions() {}
  async revokeUsers() {}
  async revocationOf(token: RevocableToken) {
    this.asked.push(token);
    return null;
  }
}

describe('JwtStrategy.validate', () => {
  const config = testConfig('postgres://unused/x');

  it('turns complete claims into the actor, asking the revocation list about its session, user and iat', async () => {
    const revocations = new UnknowingRevocations();
    const actor = await new JwtStrategy(config, revocations).validate(claims());
    expect(actor).toEqual({ userId: 'user-1', roles: ['learner'], orgUnitId: 'unit-1', locale: 'en', sessionId: 'session-a' });
    expect(revocations.asked).toEqual([{ sub: 'user-1', sid: 'session-a', iat: NOW }]);
  });

  it.each(['sub', 'roles', 'org', 'typ', 'sid', 'iat', 'exp'])('refuses a token without %s, before asking about revocation', async (claim) => {
    const revocations = new UnknowingRevocations();
    const incomplete: Record<string, unknown> = { ...claims() };
    delete incomplete[claim];
    expect(await new JwtStrategy(config, revocations).validate(incomplete as unknown as AccessTokenClaims)).toBe(false);
    expect(revocations.asked).toEqual([]);
  });

  it('refuses a refresh-typed token and unknown roles', async () => {
    const strategy = new JwtStrategy(config, new UnknowingRevocations());
    expect(await strategy.validate({ ...claims(), typ: 'refresh' } as unknown as AccessTokenClaims)).toBe(false);
    expect(await strategy.validate({ ...claims(), roles: ['root'] } as unknown as AccessTokenClaims)).toBe(false);
  });

  it('refuses a revoked token with a 401 that names the reason for the security log', async () => {
    const revocations = new InMemoryAccessTokenRevocations(new FakeClock(new Date(NOW * 1000)));
    await revocations.revokeSessions(['session-a']);
    const refused = await new JwtStrategy(config, revocations).validate(claims()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnauthorizedException);
    expect((refused as Error).message).toBe('access token of an ended sign-in');
  });
});
