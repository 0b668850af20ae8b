import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Logger } from 'pino';
import { APP_CONFIG, Clock, FileStorage, PINO_LOGGER, type AppConfig } from '@lms/server-core';
import { ScormRepository } from '../scorm.repository';
import { createContentApp } from './content-app';
import { ContentTokens } from './content-token';
import { laneOrigins } from './lane-origins';

/**
 * The content origin's server, owned by the API process: main.ts makes it listen on SCORM_PORT
 * after the API is up; tests call inject() on it. It closes with the app.
 */
@Injectable()
export class ScormContentServer implements OnModuleDestroy {
  private readonly app: FastifyInstance;

  constructor(scorm: ScormRepository, storage: FileStorage, tokens: ContentTokens, clock: Clock, @Inject(APP_CONFIG) private readonly config: AppConfig, @Inject(PINO_LOGGER) logger: Logger) {
    this.app = createContentApp({ packages: scorm, storage, tokens, now: () => clock.now(), laneOrigins: laneOrigins(config), logger });
  }

  /** Listens on SCORM_PORT (none when 0) and answers the port it took. */
  async listen(host: string): Promise<number | null> {
    if (!this.config.scorm.port) return null;
    await this.app.listen({ port: this.config.scorm.port, host });
    return this.config.scorm.port;
  }

  inject(options: InjectOptions | string) {
    return this.app.inject(options);
  }

  async onModuleDestroy(): Promise<void> {
    await this.app.close();
  }
}
