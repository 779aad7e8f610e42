import { migrateAll } from '../hub/prepare-database';
import { createDatabase } from '../subgraphs/common/database';
import { hubDatabase } from './database-url';

/** npm run migrate: every subgraph's migrations on the hub's database. */
async function main() {
  const { url, server } = await hubDatabase();
  const db = createDatabase(url);
  try {
    await migrateAll(db);
    console.log('migrations are up to date');
  } finally {
    await db.destroy();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
