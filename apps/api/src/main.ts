import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig } from '@lms/server-core';
import { createApp } from './bootstrap/create-app';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, 'api');
  const app = await createApp(config, logger);
  await app.listen({ port: config.port, host: config.host });
  logger.info({ port: config.port }, `Lane API listening on http://localhost:${config.port}`);
}

void main();
