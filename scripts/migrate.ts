import { migrateAll } from '../hub/prepare-database';
import { registerTrustedDocuments, releaseRegistrations } from '../hub/document-registration';
import { withHubDatabase } from './with-hub-database';

/** npm run migrate: every subgraph's migrations on the hub's database, then the trusted documents of the hub's own pages, as its release approves them. */
withHubDatabase(async (db) => {
  await migrateAll(db);
  const { registered } = await registerTrustedDocuments(db, releaseRegistrations());
  console.log(`migrations are up to date; ${registered} new documents of the hub's pages registered`);
}, undefined, { migrated: false });
