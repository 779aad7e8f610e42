import { parseArgs } from 'node:util';
import { migrateAll } from '../hub/prepare-database';
import { isSeeded, seed } from '../seed/seed';
import { withHubDatabase } from './with-hub-database';

/** npm run seed [-- --scale 10 --database safehome_x10]: migrates and writes the synthetic data once. */
const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, database: { type: 'string', default: 'safehome' } } });

withHubDatabase(async (db) => {
  await migrateAll(db);
  if (await isSeeded(db)) {
    console.log('the database already holds seed data; nothing written');
    return;
  }
  const started = Date.now();
  const written = await seed(db, { scale: Number(values.scale) });
  console.log(`seeded ${written.dossiers} dossiers and ${written.consults} anonymous consults in ${Date.now() - started} ms`);
}, values.database, { migrated: false });
