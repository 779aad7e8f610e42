import { logger } from '../platform/logger';

/**
 * Stops the process once on SIGTERM (Kubernetes) or SIGINT (Ctrl-C), whichever comes first and
 * however many come: `stop` drains and closes, then the process exits 0 (1 if stopping failed).
 */
export function onTermination(stop: () => Promise<void>): void {
  let stopping = false;
  const terminate = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.fatal({ err: error }, 'stopping failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', terminate);
  process.on('SIGTERM', terminate);
}
