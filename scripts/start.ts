import { ensurePostgres } from '../hub/postgres';
import { prepareDatabase } from '../hub/prepare-database';
import { startHub } from '../hub/start-hub';
import { createDatabase } from '../subgraphs/common/database';
import { logger } from '../subgraphs/common/logger';

/**
 * npm start: the whole hub on this machine. Without DATABASE_URL it runs an embedded PostgreSQL
 * (data under .data/), migrates and seeds it on first start, and keeps the data across restarts.
 */
async function main() {
  const postgres = await ensurePostgres();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    await postgres.ensureDatabase('safehome');
    databaseUrl = postgres.urlFor('safehome');
  }
  logger.info({ postgres: postgres.description }, 'database server');
  const db = createDatabase(databaseUrl);
  await prepareDatabase(db);
  await db.destroy();

  const hub = await startHub({ databaseUrl });
  logger.info({ graphql: hub.gateway.graphqlUrl, health: `${hub.gateway.url}/health` }, 'Safe Home hub is up');

  const shutdown = async () => {
    logger.info('shutting down');
    await hub.stop();
    await postgres.stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error) => {
  logger.fatal({ err: error }, 'the hub could not start');
  process.exit(1);
});
