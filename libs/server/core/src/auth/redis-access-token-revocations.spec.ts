import { createServer, type Server, type Socket } from 'node:net';
import type { Logger } from 'pino';
import { FakeClock, freePort, testConfig } from '@lms/server-testing';
import { createRedis } from '../queue/redis-connection';
import { REVOCATION_TIMEOUT_MS, RedisAccessTokenRevocations, decodeCutoff, encodeCutoff } from './redis-access-token-revocations';

function recordingLogger() {
  const lines: { level: 'warn' | 'error'; event: string }[] = [];
  const logger = {
    warn: (obj: { event: string }) => lines.push({ level: 'warn', event: obj.event }),
    error: (obj: { event: string }) => lines.push({ level: 'error', event: obj.event }),
  } as unknown as Logger;
  return { logger, lines };
}

/**
 * Answers ioredis's handshake (CLIENT SETINFO with OK, the INFO ready check with an empty
 * reply), then never answers again: a Redis that hangs.
 */
async function hangingRedis(): Promise<{ url: string; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    sockets.push(socket);
    let ready = false;
    socket.on('data', (chunk) => {
      for (const command of chunk.toString().split(/(?=\*\d+\r\n)/)) {
        if (ready) return;
        ready = /^\*1\r\n\$4\r\ninfo\r\n/i.test(command);
        socket.write(ready ? '$0\r\n\r\n' : '+OK\r\n');
      }
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `redis://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

const token = { sub: 'user-1', sid: 'session-a', iat: 1_780_000_000 };

/** The list on the same kind of connection the app uses (fail-fast, no offline queue), logging into `lines`. */
function revocationsOn(url: string) {
  const redis = createRedis(url, 'probe');
  redis.on('error', () => undefined);
  const { logger, lines } = recordingLogger();
  return { redis, lines, revocations: new RedisAccessTokenRevocations(redis, testConfig('postgres://unused/x'), new FakeClock(), logger) };
}

const unreachable = async () => revocationsOn(`redis://127.0.0.1:${await freePort()}`);

describe('RedisAccessTokenRevocations when Redis cannot answer (fail-open)', () => {
  it('accepts tokens at once while Redis is unreachable, warning once rather than per request', async () => {
    const { redis, lines, revocations } = await unreachable();
    try {
      const started = Date.now();
      for (let i = 0; i < 5; i++) expect(await revocations.revocationOf(token)).toBeNull();
      expect(Date.now() - started).toBeLessThan(REVOCATION_TIMEOUT_MS);
      expect(lines).toEqual([{ level: 'warn', event: 'auth.revocation-unchecked' }]);
    } finally {
      redis.disconnect();
    }
  });

  it('lets a sign-out go on when the revocation cannot be recorded, logging an error', async () => {
    const { redis, lines, revocations } = await unreachable();
    try {
      await expect(revocations.revokeSessions(['session-a'])).resolves.toBeUndefined();
      await expect(revocations.revokeUsers(['user-1'])).resolves.toBeUndefined();
      expect(lines).toEqual([
        { level: 'error', event: 'auth.revocation-not-recorded' },
        { level: 'error', event: 'auth.revocation-not-recorded' },
      ]);
    } finally {
      redis.disconnect();
    }
  });

  it('gives up on a Redis that hangs after the timeout, and accepts the token', async () => {
    const server = await hangingRedis();
    const { redis, lines, revocations } = revocationsOn(server.url);
    try {
      await new Promise<void>((resolve) => redis.once('ready', () => resolve()));
      const started = Date.now();
      expect(await revocations.revocationOf(token)).toBeNull();
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(REVOCATION_TIMEOUT_MS - 5);
      expect(waited).toBeLessThan(REVOCATION_TIMEOUT_MS + 500);
      expect(lines).toEqual([{ level: 'warn', event: 'auth.revocation-unchecked' }]);
    } finally {
      redis.disconnect();
      await server.close();
    }
  });
});

describe('cutoff values', () => {
  it('round-trip with and without a spared sign-in, and an unreadable one counts as none', () => {
    for (const cutoff of [{ notBefore: 1_780_000_000_123, exceptSessionId: null }, { notBefore: 1_780_000_000_123, exceptSessionId: 'session-a' }]) {
      expect(decodeCutoff(encodeCutoff(cutoff))).toEqual(cutoff);
    }
    expect(decodeCutoff(null)).toBeNull();
    expect(decodeCutoff('garbage')).toBeNull();
  });
});
