import { registerTrustedDocuments } from '../hub/document-registration';
import { developmentRegistrations } from '../hub/development-registrations';
import { withHubDatabase } from './with-hub-database';

/**
 * npm run documents:register: registers the trusted documents of the hub's pages and of the
 * synthetic partner applications from the typed client's manifest (run `npm run codegen` first
 * after changing an operation). New documents wait for the DPO; those already registered keep their status.
 */
withHubDatabase(async (db) => {
  const { applications, registered, approved } = await registerTrustedDocuments(db, developmentRegistrations());
  console.log(`${applications} applications: ${registered} new documents registered, ${approved} of them approved by the hub's release or the seed; the others wait for the DPO`);
});
