import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Registry } from 'prom-client';
import { ConfigError, createLogger, loadConfig, METRICS_REGISTRY, NestPinoLogger, onShutdownSignal, REDIS } from '@lms/server-core';
import { startHealthServer } from './health-server';
import { JobRunner } from './job-runner';
import { RelayService } from './relay.service';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, 'worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, logger), { logger: new NestPinoLogger(logger) });
  app.get(JobRunner).start();
  await app.get(RelayService).start();

  const dataSource = app.get<DataSource>(getDataSourceToken());
  const redis = app.get<Redis>(REDIS);
  const health = {
    async check() {
      const db = await dataSource.query('SELECT 1').then(() => 'up', () => 'down');
      const r = await redis.ping().then((p) => (p === 'PONG' ? 'up' : 'down'), () => 'down');
      return { ok: db === 'up' && r === 'up', db, redis: r };
    },
  };
  const server = await startHealthServer(config.workerHealthPort, health, { registry: app.get<Registry>(METRICS_REGISTRY), access: config.metrics });
  // Stop the relay and let running jobs finish (BullMQ's close waits for them), then disconnect.
  onShutdownSignal(logger, [() => new Promise((resolve) => server.close(resolve)), () => app.close()]);
  logger.info({ healthPort: config.workerHealthPort }, 'Lane worker started');
}

void main();
