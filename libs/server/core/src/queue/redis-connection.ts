import { Redis, type RedisOptions } from 'ioredis';

/**
 * A Redis connection for BullMQ or for health checks. BullMQ workers need
 * maxRetriesPerRequest: null; producers and probes should fail fast instead of queueing commands
 * while Redis is away.
 */
export function createRedis(redisUrl: string, role: 'worker' | 'producer' | 'probe'): Redis {
  const options: RedisOptions = {
    enableOfflineQueue: role === 'worker',
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  return new Redis(redisUrl, options);
}
