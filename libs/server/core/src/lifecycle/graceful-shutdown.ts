import type { Logger } from 'pino';

/**
 * On SIGTERM or SIGINT: run the closers in order (stop taking work, drain, close connections),
 * then exit 0; exit 1 if draining takes longer than the grace period.
 */
export function onShutdownSignal(logger: Logger, closers: (() => Promise<unknown>)[], graceMs = 25_000): void {
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ graceMs }, 'shutdown took too long; exiting');
      process.exit(1);
    }, graceMs).unref();
    try {
      for (const close of closers) await close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}
