import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, createRedis, OutboxRelay, PINO_LOGGER, type AppConfig } from '@lms/server-core';

/** Runs the outbox relay inside the worker process. */
@Injectable()
export class RelayService implements OnApplicationShutdown {
  private relay: OutboxRelay | null = null;
  private redis: Redis | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PINO_LOGGER) private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.redis = createRedis(this.config.redisUrl, 'producer');
    this.redis.on('error', () => undefined);
    this.relay = new OutboxRelay({
      dataSource: this.dataSource,
      databaseUrl: this.config.databaseUrl,
      redis: this.redis,
      prefix: this.config.queuePrefix,
      logger: this.logger,
    });
    await this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    this.redis?.disconnect();
  }
}
