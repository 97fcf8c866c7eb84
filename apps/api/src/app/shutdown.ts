import type { Logger } from 'pino';

/** Drains HTTP and WebSocket connections and closes the database on SIGTERM or SIGINT. */
export function stopOnSignals(
  app: { close(): Promise<void> },
  logger: Logger,
  extra?: () => Promise<void>,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app
      .close()
      .then(() => extra?.())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
