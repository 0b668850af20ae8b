import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { PINO_LOGGER } from './logger';
import { SecurityLog } from './security-log';

/** Provides the process's pino logger and the security event log. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger) {
    return {
      module: LoggingModule,
      global: true,
      providers: [{ provide: PINO_LOGGER, useValue: logger }, SecurityLog],
      exports: [PINO_LOGGER, SecurityLog],
    };
  }
}
