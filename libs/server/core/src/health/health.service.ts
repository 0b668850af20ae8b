import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { DependencyState, HealthReport } from '@lms/contracts';
import { REDIS } from '../redis/redis.module';

const PROBE_TIMEOUT_MS = 1_500;

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** Probes PostgreSQL and Redis, each with a short timeout, in parallel. */
@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, redis] = await Promise.all([this.probeDatabase(), this.probeRedis()]);
    return { status: db === 'up' && redis === 'up' ? 'ok' : 'degraded', db, redis };
  }

  private async probeDatabase(): Promise<DependencyState> {
    try {
      await within(this.dataSource.query('SELECT 1'), PROBE_TIMEOUT_MS);
      return 'up';
    } catch {
      return 'down';
    }
  }

  private async probeRedis(): Promise<DependencyState> {
    try {
      return (await within(this.redis.ping(), PROBE_TIMEOUT_MS)) === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }
}
