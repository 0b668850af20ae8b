import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { createLogger, type AppConfig } from '@lms/server-core';
import { JobRunner } from '../job-runner';
import { RelayService } from '../relay.service';
import { WorkerModule } from '../worker.module';

/** The real worker beside a test API, sharing its config; consuming jobs unless told not to. */
export async function startWorker(config: AppConfig, { consume = true } = {}): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, createLogger('silent', 'worker-test')), { logger: false });
  if (consume) {
    worker.get(JobRunner).start();
    await worker.get(RelayService).start();
  }
  return worker;
}
