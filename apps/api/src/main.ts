import 'reflect-metadata';
import { ConfigError, createLogger, loadConfig, onShutdownSignal } from '@lms/server-core';
import { ScormContentServer } from '@lms/server-scorm';
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
  // app.close() stops accepting connections (503 while closing), lets requests finish, then
  // closes the database pool and Redis.
  onShutdownSignal(logger, [() => app.close()]);
  await app.listen({ port: config.port, host: config.host });
  logger.info({ port: config.port }, `Lane API listening on http://localhost:${config.port}`);
  // SCORM packages run on their own origin, served by this process on a port of its own.
  const scormPort = await app.get(ScormContentServer).listen(config.host);
  if (scormPort) logger.info({ port: scormPort, origin: config.scorm.origin }, `SCORM content served on port ${scormPort} for ${config.scorm.origin}`);
}

void main();
