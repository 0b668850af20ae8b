import { FakeClock } from '@lms/server-testing';
import { revocationReason, type RevocableToken } from './access-token-revocations';
import { InMemoryAccessTokenRevocations } from './in-memory-access-token-revocations';

/** An account change at 1780000000.500 s: half way through its second. */
const CHANGE = 1_780_000_000_500;
const token = (iatMs: number, sid = 'session-a'): RevocableToken => ({ sub: 'user-1', sid, iat: iatMs / 1000 });

describe('revocationReason', () => {
  const cutoff = (exceptSessionId: string | null = null) => ({ sessionEnded: false, userCutoff: { notBefore: CHANGE, exceptSessionId } });

  it('refuses every token of an ended sign-in, whenever it was issued', () => {
    expect(revocationReason({ sessionEnded: true, userCutoff: null }, token(CHANGE + 5_000))).toBe('access token of an ended sign-in');
  });

  it('refuses a user’s token issued a millisecond before the change, in the same second, and accepts one issued right after it', () => {
    expect(revocationReason(cutoff(), token(CHANGE - 1))).toBe('access token issued before the user’s sign-ins were ended');
    expect(revocationReason(cutoff(), token(CHANGE))).toBeNull();
    expect(revocationReason(cutoff(), token(CHANGE + 1))).toBeNull();
  });

  it('takes a whole-second iat as the start of its second', () => {
    expect(revocationReason(cutoff(), { sub: 'user-1', sid: 'session-a', iat: Math.floor(CHANGE / 1000) })).not.toBeNull();
    expect(revocationReason(cutoff(), { sub: 'user-1', sid: 'session-a', iat: Math.ceil(CHANGE / 1000) })).toBeNull();
  });

  it('reads the iat of every millisecond exactly, whatever floating point makes of it', () => {
    for (let ms = CHANGE - 50; ms < CHANGE; ms++) expect(revocationReason(cutoff(), token(ms))).not.toBeNull();
    for (let ms = CHANGE; ms < CHANGE + 50; ms++) expect(revocationReason(cutoff(), token(ms))).toBeNull();
  });

  it('spares the sign-in the cutoff names, and only that one', () => {
    expect(revocationReason(cutoff('session-a'), token(CHANGE - 60_000, 'session-a'))).toBeNull();
    expect(revocationReason(cutoff('session-a'), token(CHANGE - 60_000, 'session-b'))).not.toBeNull();
  });

  it('accepts a token nothing is known against', () => {
    expect(revocationReason({ sessionEnded: false, userCutoff: null }, token(0))).toBeNull();
  });
});

describe('InMemoryAccessTokenRevocations', () => {
  it('cuts off at the clock’s instant', async () => {
    const revocations = new InMemoryAccessTokenRevocations(new FakeClock(new Date(CHANGE)));
    await revocations.revokeUsers(['user-1']);
    expect(await revocations.revocationOf(token(CHANGE - 1))).not.toBeNull();
    expect(await revocations.revocationOf(token(CHANGE))).toBeNull();
  });

  it('forgets an entry after one access-token lifetime, when every token it refused has expired anyway', async () => {
    const clock = new FakeClock(new Date(CHANGE));
    const revocations = new InMemoryAccessTokenRevocations(clock, 900);
    await revocations.revokeSessions(['session-a']);
    await revocations.revokeUsers(['user-1']);
    clock.advance(899_000);
    expect(await revocations.revocationOf(token(CHANGE - 1))).not.toBeNull();
    clock.advance(1_000);
    expect(await revocations.revocationOf(token(CHANGE - 1))).toBeNull();
  });
});
