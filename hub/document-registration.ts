import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { Knex } from 'knex';
import { appendInTransaction } from '../audit-log/append';
import { isReadableText } from '../platform/readable-text';
import { LineFacts, RequestLines } from '../audit-log/disclosure';
import { ApplicationRegistration, documentSubjectId, recordDecision, registerApplication, registerDocument } from '../subgraphs/audit/registry';
import { DocumentStatus } from '../subgraphs/audit/types';
import { pageClients } from './page-clients';

/** The manifest of the typed client's documents (codegen.yml): "sha256:<hex>" → text, one document per operation. */
export const documentManifestPath = join(__dirname, '..', 'clients', 'generated', 'persisted-documents.json');

export interface ManifestDocument {
  documentId: string;
  operationName: string;
  body: string;
}

/** The manifest's documents by operation name, each checked: its id is the SHA-256 of its text, which holds one named operation. */
export function readDocumentManifest(path = documentManifestPath): { byOperation: Map<string, ManifestDocument>; text: string } {
  const text = readFileSync(path, 'utf8');
  const byOperation = new Map<string, ManifestDocument>();
  for (const [documentId, body] of Object.entries(JSON.parse(text) as Record<string, string>)) {
    if (documentId !== `sha256:${createHash('sha256').update(body).digest('hex')}`) throw new Error(`the manifest's document ${documentId} is not the SHA-256 of its text: run npm run codegen`);
    // The DPO approves the text it reads: it must read as it runs.
    if (!isReadableText(body)) throw new Error(`the manifest's document ${documentId} holds control characters or bidirectional overrides`);
    const operations = parse(body).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const operationName = operations.length === 1 ? operations[0].name?.value : undefined;
    if (!operationName) throw new Error(`the manifest's document ${documentId} does not hold exactly one named operation`);
    if (byOperation.has(operationName)) throw new Error(`the manifest holds two documents of operation ${operationName}`);
    byOperation.set(operationName, { documentId, operationName, body });
  }
  return { byOperation, text };
}

/** Who approves an application's new documents as they are registered, and why; none: they wait for the DPO. */
export interface Approval {
  decidedBy: string;
  note: string;
}

export interface Registration {
  application: ApplicationRegistration;
  /** Its operations, by name: each must be in the manifest. */
  operations: string[];
  /** Approves its documents registered by this run; onlyOnFirstRegistration: only when the application itself is new. */
  approval?: Approval & { onlyOnFirstRegistration?: boolean };
}

/** The hub's own pages: their documents ship with the hub and its release approves them (the DPO's page must run before anyone can approve anything). */
export const releaseRegistrations = (): Registration[] =>
  pageClients.map((page) => ({
    application: { id: page.id, name: `Safe Home hub ${page.path}`, organisationId: null, role: null, purposes: page.purposes },
    operations: page.operations,
    approval: { decidedBy: 'hub-release', note: "Approved by the hub's release: a page of the hub ships with its documents, and the DPO's own page must run before anyone can approve anything." },
  }));

/** The hub acting on its own (a release, the seed, an operator's command): how its changes appear on the disclosure log. */
const hubItself = { organisationId: 'safe-home-hub', role: 'SYSTEM', purpose: 'AUDIT' };

/**
 * The CHANGE lines of a change the hub made itself, by whom, to which records (TrustedDocument,
 * Application); what produced it (the manifest it registered, a command's arguments) is hashed as its document.
 */
export function hubChangeLines(actorSubject: string, operationName: string, producedBy: string, field: string, written: { type: string; id: string }[]): RequestLines {
  const fields = [{ field, category: 'DATA_FLOW', rules: [], legalBasis: [] }];
  return {
    request: {
      occurredAt: new Date(), requestId: randomUUID(), traceId: randomBytes(16).toString('hex'), actorSubject, ...hubItself,
      operationName, documentHash: createHash('sha256').update(producedBy).digest('hex'), breakGlass: false, justification: null, hiddenUntil: null,
    },
    lines: written.map(({ type, id }): LineFacts => ({ kind: 'CHANGE', subjectType: type, subjectId: id, fields, denied: [], outcome: 'WRITTEN' })),
  };
}

/**
 * Registers applications and their documents from the manifest, idempotently and in one transaction:
 * an application's binding is checked, a document it has already (any status) is left as it is, a
 * new one (a new operation, or a new version: another hash) is registered PENDING, or approved by
 * the registration's approver, each approval a CHANGE line on the disclosure log's chain.
 */
export async function registerTrustedDocuments(db: Knex, registrations: Registration[], manifest = readDocumentManifest()) {
  const counts = { applications: registrations.length, registered: 0, approved: 0 };
  await db.transaction(async (trx) => {
    const decided = new Map<string, { type: string; id: string }[]>();
    for (const { application, operations, approval } of registrations) {
      const isNew = !(await trx('audit.applications').where({ id: application.id }).first());
      await registerApplication(trx, application);
      const approves = approval && (isNew || !approval.onlyOnFirstRegistration);
      for (const operation of operations) {
        const document = manifest.byOperation.get(operation);
        if (!document) throw new Error(`operation ${operation} of application ${application.id} is not in the document manifest: run npm run codegen`);
        if (!(await registerDocument(trx, { applicationId: application.id, ...document }))) continue;
        counts.registered += 1;
        if (!approves) continue;
        await recordDecision(trx, { applicationId: application.id, documentId: document.documentId, status: DocumentStatus.APPROVED, note: approval.note, decidedBy: approval.decidedBy });
        decided.set(approval.decidedBy, [...(decided.get(approval.decidedBy) ?? []), { type: 'TrustedDocument', id: documentSubjectId(application.id, document.documentId) }]);
        counts.approved += 1;
      }
    }
    // What produced these decisions is the manifest the documents were registered from.
    await appendInTransaction(trx, ...[...decided].map(([decidedBy, documents]) => hubChangeLines(decidedBy, 'registerTrustedDocuments', manifest.text, 'TrustedDocument.status', documents)));
  });
  return counts;
}
