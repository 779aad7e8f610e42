import { Registration, readDocumentManifest } from '../../hub/document-registration';
import { Purpose } from '../../policy';

/**
 * The tests' own application: the client id tests/support/hub.ts's `run` puts in its tokens, bound to
 * no organisation (the tests act as every kind of actor), with every document of the typed client,
 * approved when the test database is made (tests/support/global-setup.ts).
 */
export const testApplication = 'safe-home-hub-tests';

export const testApplicationRegistration = (): Registration => ({
  application: { id: testApplication, name: "The hub's own tests", organisationId: null, role: null, purposes: Object.values(Purpose) },
  operations: [...readDocumentManifest().byOperation.keys()],
  approval: { decidedBy: 'test-setup', note: 'The test suite runs every document of the typed client, as every kind of actor.' },
});
