import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@lms/server-core';
import { ContentTokens } from './content-token';

export { ContentTokens };

/** One ContentTokens for the app, keyed from the API's secret. */
export const CONTENT_TOKENS_PROVIDER: Provider = { provide: ContentTokens, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new ContentTokens(config.jwt.accessSecret) };
