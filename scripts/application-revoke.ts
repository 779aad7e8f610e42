import { revokeApplicationOnRecord } from '../hub/application-revocation';
import { commandOptions } from './command-options';
import { withHubDatabase } from './with-hub-database';

const usage = 'npm run application:revoke -- --application <client id> --by <who> --note "<why, 10 to 2000 characters>"';
const { application, by, note } = commandOptions({ application: { type: 'string' }, by: { type: 'string' }, note: { type: 'string' } }, usage);

/**
 * npm run application:revoke: the hub refuses the application's tokens from then on (UNAUTHENTICATED,
 * within the gateway's cache bound), whatever its identity provider still issues; the revocation is
 * a CHANGE line on the disclosure log's chain. Revoke the client at the identity provider too.
 */
withHubDatabase(async (db) => {
  if (!application || !by || !note) throw new Error(`usage: ${usage}`);
  await revokeApplicationOnRecord(db, { applicationId: application, revokedBy: by, note });
  console.log(`application ${application} is revoked: the hub refuses its tokens`);
});
