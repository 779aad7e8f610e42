import { migrateAll } from '../hub/prepare-database';
import { withHubDatabase } from './with-hub-database';

/** npm run migrate: every subgraph's migrations on the hub's database. */
withHubDatabase(async (db) => {
  await migrateAll(db);
  console.log('migrations are up to date');
}, undefined, { migrated: false });
