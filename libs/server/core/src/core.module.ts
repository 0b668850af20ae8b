import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { LoggingModule } from './logging/logging.module';
import { RedisModule } from './redis/redis.module';
import { StorageModule } from './storage/storage.module';
import { Clock, SystemClock } from './time/clock';

/** What every process needs: validated config, logging, a Redis probe connection and the clock. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [ConfigModule.forRoot(config), LoggingModule.forRoot(logger), RedisModule, StorageModule],
      providers: [{ provide: Clock, useClass: SystemClock }],
      exports: [ConfigModule, LoggingModule, RedisModule, StorageModule, Clock],
    };
  }
}
