import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse } from 'graphql';
import { applicationRecipients, pageRecipients } from '../hub/flow-recipients';
import { flowSheetMarkdown, SheetApplication, SheetDocument } from '../hub/flow-sheet';
import { pageClients } from '../hub/page-clients';
import { apiSchemaPath } from '../schema/files';
import { partnerApplications } from '../seed/applications';
import { organisationRows } from '../seed/regions';

export const flowsDocPath = join(__dirname, '..', 'docs', 'FLOWS.md');
const manifestPath = join(__dirname, '..', 'clients', 'generated', 'persisted-documents.json');

/** The manifest's documents by the name of their operation (each document holds one, with its fragments). */
function documentsByOperation(): Map<string, SheetDocument> {
  const manifest: Record<string, string> = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const byName = new Map<string, SheetDocument>();
  for (const [documentId, body] of Object.entries(manifest)) {
    for (const definition of parse(body).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) byName.set(definition.name.value, { operationName: definition.name.value, documentId, body });
    }
  }
  return byName;
}

function registered(applicationId: string, operations: string[], documents: Map<string, SheetDocument>): SheetDocument[] {
  return operations.map((name) => {
    const document = documents.get(name);
    if (!document) throw new Error(`${applicationId} registers the operation ${name}, which no document of the manifest holds: run \`npm run codegen\``);
    return document;
  });
}

/** docs/FLOWS.md as the policy, the schema, the applications and the manifest make it now. */
export function currentFlowSheet(): string {
  const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
  const documents = documentsByOperation();
  const organisations = new Map(organisationRows().map((organisation) => [organisation.id, organisation]));
  const partners: SheetApplication[] = partnerApplications.map((application) => {
    const organisation = organisations.get(application.organisationId);
    if (!organisation) throw new Error(`${application.id} belongs to ${application.organisationId}, which the seed does not know`);
    return {
      id: application.id,
      name: application.name,
      about: `partner application of ${organisation.name} (${organisation.id}, ${organisation.type}${organisation.safeHomeId ? `, Safe Home region ${organisation.safeHomeId}` : ''})${application.approvedInSeed ? '' : '; its documents wait for the DPO'}`,
      recipients: applicationRecipients(organisation.type, application.role, application.purposes),
      documents: registered(application.id, application.operations, documents),
    };
  });
  const pages: SheetApplication[] = pageClients.map((page) => ({
    id: page.id,
    name: `The hub's page ${page.path}`,
    about: 'a page of the hub; staff sign in to it (authorization code + PKCE) as the role of their account',
    recipients: pageRecipients(page),
    documents: registered(page.id, page.operations, documents),
    withoutDocuments:
      'No registered documents. Only a page that `TRUSTED_DOCUMENTS_ADHOC_APPLICATIONS` names (outside production by default the explorer) sends documents of its own (ad hoc), each checked against the policy as it runs.',
  }));
  return flowSheetMarkdown(schema, [...partners, ...pages]);
}
