import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FilesystemStorage } from './filesystem-storage';
import { S3Storage } from './s3-storage';
import { FileStorage } from './storage.port';

@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => (config.s3 ? new S3Storage(config.s3) : new FilesystemStorage(config.storageDir)),
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
