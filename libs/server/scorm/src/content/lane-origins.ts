import type { AppConfig } from '@lms/server-core';

/**
 * The origins Lane's pages are served from, the only ones that may frame the launcher and talk
 * to it: PUBLIC_URL's and CORS_ORIGINS (the Vite dev server). Outside production the same port on
 * localhost and 127.0.0.1 counts as one, since people type either.
 */
export function laneOrigins(config: AppConfig): string[] {
  const origins = new Set<string>();
  for (const value of [config.publicUrl, ...config.corsOrigins]) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      continue;
    }
    origins.add(url.origin);
    if (config.nodeEnv !== 'production' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) {
      for (const host of ['localhost', '127.0.0.1']) origins.add(`${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`);
    }
  }
  origins.delete(new URL(config.scorm.origin).origin);
  return [...origins];
}
