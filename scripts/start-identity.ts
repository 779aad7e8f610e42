import { seedClientSource } from '../identity/clients';
import { identityConfigFromEnv } from '../identity/config';
import { startIdentityProvider } from '../identity/server';
import { logger } from '../platform/logger';
import { onTermination } from './on-termination';

/**
 * npm run start:identity: the development OpenID provider alone (npm start and the tests start it
 * beside the hub, scripts/identity-process.ts). Started by another process, it tells its issuer over
 * the IPC channel and stops when that process goes.
 */
async function main() {
  const config = identityConfigFromEnv();
  const running = await startIdentityProvider(config, seedClientSource());
  logger.info({ issuer: running.issuer, hub: config.hubOrigin }, 'identity provider is up');
  onTermination(() => running.close());
  if (process.send) {
    process.send({ issuer: running.issuer });
    process.once('disconnect', () => running.close().then(() => process.exit(0)));
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the identity provider could not start');
  process.exit(1);
});
