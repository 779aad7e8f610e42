import { registerTrustedDocuments } from '../hub/document-registration';
import { developmentRegistrations } from '../hub/development-registrations';
import { organisationDirectory } from '../hub/organisation-directory';
import { partnerRegistration } from '../hub/partner-registration';
import { commandOptions } from './command-options';
import { withHubDatabase } from './with-hub-database';

const usage = 'npm run documents:register [-- --application <application.json> --manifest <persisted-documents.json>]';
const { application, manifest } = commandOptions({ application: { type: 'string' }, manifest: { type: 'string' } }, usage);

/**
 * npm run documents:register. With --application and --manifest: registers a partner application
 * (id, name, organisationId, role, purposes) and every document of its manifest (graphql-codegen's
 * persisted-documents.json), all waiting for the DPO. Without: the development registrations — the
 * hub's pages and the synthetic partner applications, some approved by the seed — refused in production.
 */
if (Boolean(application) !== Boolean(manifest)) {
  console.error(`--application and --manifest go together\nusage: ${usage}`);
  process.exit(1);
}
if (!application && process.env.NODE_ENV === 'production') {
  console.error(`without --application and --manifest this registers the synthetic applications, approved by the seed: not in production\nusage: ${usage}`);
  process.exit(1);
}

withHubDatabase(async (db) => {
  const partner = application && manifest ? await partnerRegistration(application, manifest, organisationDirectory(db)) : undefined;
  const { applications, registered, approved } = partner
    ? await registerTrustedDocuments(db, [partner.registration], partner.manifest)
    : await registerTrustedDocuments(db, developmentRegistrations());
  console.log(`applications: ${applications}; new documents: ${registered}, of which approved by the hub's release or the seed: ${approved}; the others wait for the DPO`);
});
