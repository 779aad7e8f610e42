import { readFileSync } from 'node:fs';
import { isReadableText } from '../platform/readable-text';
import { applicationIdFormat } from '../platform/registry-identifiers';
import { OrganisationType, Purpose, purposesByRole, Role, roleOrganisationTypes } from '../policy';
import { OrganisationDirectory } from '../gateway/authentication';
import { readDocumentManifest } from './document-registration';
import type { Registration } from './document-registration';

/** A partner application's registration that cannot be accepted, with why. */
export class RegistrationRefused extends Error {}

interface ApplicationFile {
  id?: unknown;
  name?: unknown;
  organisationId?: unknown;
  role?: unknown;
  purposes?: unknown;
}

/**
 * A partner application as its operator registers it: the application (a JSON file: id, name,
 * organisationId, role, purposes) and its manifest (graphql-codegen's persisted-documents.json).
 * It must name a known organisation, a role of that organisation's type and purposes that role may
 * declare; every document of the manifest is registered and waits for the DPO.
 */
export async function partnerRegistration(applicationPath: string, manifestPath: string, organisations: OrganisationDirectory) {
  let file: ApplicationFile;
  try {
    file = JSON.parse(readFileSync(applicationPath, 'utf8'));
  } catch (error) {
    throw new RegistrationRefused(`${applicationPath} is not a readable JSON file: ${(error as Error).message}`);
  }
  const { id, name, organisationId, role, purposes } = file ?? {};
  if (typeof id !== 'string' || !applicationIdFormat.test(id)) throw new RegistrationRefused('"id" must be the application\'s OAuth client id (letters, digits and ._:@/-)');
  if (typeof name !== 'string' || !name.trim() || name.length > 200 || !isReadableText(name)) {
    throw new RegistrationRefused('"name" must say what the application is, in at most 200 characters of plain text');
  }
  if (typeof organisationId !== 'string') throw new RegistrationRefused('"organisationId" must name the partner organisation');
  const organisation = await organisations(organisationId);
  if (!organisation) throw new RegistrationRefused(`the hub knows no organisation "${organisationId}"`);
  if (!Object.values(Role).includes(role as Role) || !roleOrganisationTypes[role as Role].includes(organisation.type as OrganisationType)) {
    throw new RegistrationRefused(`"role" must be a role an organisation of type ${organisation.type} holds`);
  }
  const declarable = purposesByRole[role as Role];
  if (!Array.isArray(purposes) || !purposes.length || purposes.some((purpose) => !declarable.includes(purpose as Purpose))) {
    throw new RegistrationRefused(`"purposes" must be one or more of ${declarable.join(', ')}`);
  }
  let manifest: ReturnType<typeof readDocumentManifest>;
  try {
    manifest = readDocumentManifest(manifestPath);
  } catch (error) {
    throw new RegistrationRefused(`the manifest ${manifestPath} is not one to register: ${(error as Error).message}`);
  }
  const registration: Registration = {
    application: { id, name: name.trim(), organisationId, role: role as Role, purposes: [...new Set(purposes as Purpose[])] },
    operations: [...manifest.byOperation.keys()],
  };
  return { registration, manifest };
}
