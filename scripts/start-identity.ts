import { seedClientSource, withoutRevoked } from '../identity/clients';
import { identityConfigFromEnv } from '../identity/config';
import { startIdentityProvider } from '../identity/server';
import { createDatabase } from '../platform/database';
import { logger } from '../platform/logger';
import { registeredApplication } from '../subgraphs/audit/registry';
import { onTermination } from './on-termination';

/**
 * npm run start:identity: the development OpenID provider alone (npm start and the tests start it
 * beside the hub, scripts/identity-process.ts). Started by another process, it tells its issuer over
 * the IPC channel and stops when that process goes.
 */
async function main() {
  const config = identityConfigFromEnv();
  // With the hub's database (DATABASE_URL), a client the hub has revoked (an application, or one of its pages) cannot sign in either.
  const db = process.env.DATABASE_URL ? createDatabase(process.env.DATABASE_URL, { poolMax: 2, name: 'identity' }) : undefined;
  const clients = db ? withoutRevoked(seedClientSource(), async (id) => (await registeredApplication(db, id))?.revoked ?? false) : seedClientSource();
  const running = await startIdentityProvider(config, clients);
  logger.info({ issuer: running.issuer, hub: config.hubOrigin, revocations: db ? 'the hub\'s registry' : 'none' }, 'identity provider is up');
  const stop = async () => {
    await running.close();
    await db?.destroy();
  };
  onTermination(stop);
  if (process.send) {
    process.send({ issuer: running.issuer });
    process.once('disconnect', () => stop().then(() => process.exit(0)));
  }
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the identity provider could not start');
  process.exit(1);
});
