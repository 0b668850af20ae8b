import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FilesystemStorage } from './filesystem-storage';
import { S3Storage } from './s3-storage';
import { FileStorage } from './storage.port';

/** The adapter the configuration asks for: S3-compatible when S3_BUCKET is set, the filesystem otherwise. */
export function createFileStorage(config: Pick<AppConfig, 's3' | 'storageDir'>): FileStorage {
  return config.s3 ? new S3Storage(config.s3) : new FilesystemStorage(config.storageDir);
}

@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: createFileStorage,
    },
  ],
  exports: [FileStorage],
})
export class StorageModule {}
