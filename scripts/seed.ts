import { parseArgs } from 'node:util';
import { migrateAll } from '../hub/prepare-database';
import { isSeeded, seed } from '../seed/seed';
import { createDatabase } from '../subgraphs/common/database';
import { hubDatabase } from './database-url';

/** npm run seed [-- --scale 10 --database safehome_x10]: migrates and writes the synthetic data once. */
async function main() {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, database: { type: 'string', default: 'safehome' } } });
  const { url, server } = await hubDatabase(values.database);
  const db = createDatabase(url);
  try {
    await migrateAll(db);
    if (await isSeeded(db)) {
      console.log('the database already holds seed data; nothing written');
      return;
    }
    const started = Date.now();
    const written = await seed(db, { scale: Number(values.scale) });
    console.log(`seeded ${written.dossiers} dossiers and ${written.consults} anonymous consults in ${Date.now() - started} ms`);
  } finally {
    await db.destroy();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
