import { Knex } from 'knex';
import { HubAbility } from '../../policy';
import { whereVisible } from '../common/policy-sql';
import { attributesColumn, RecordAttributeMap, WithAttributes, withRecordAttributes } from '../common/record-attribute-sql';
import { ApplicationRow, DocumentStatus, RegisteredApplication, TrustedDocumentRow } from './rows';

/**
 * All SQL of the registry of trusted documents: the applications, the documents each registered
 * and the decisions on them (migration 006). The hub registers (hub/document-registration.ts), the
 * gateway reads an application with its documents, and the DPO decides through this subgraph.
 */

/** How a decision names its document on the disclosure log's chain: the application's id (which holds no space), then the document's. */
export const documentSubjectId = (applicationId: string, documentId: string) => `${applicationId} ${documentId}`;

/** A trusted document's policy attributes: the region of its application's organisation (o), none for a page or the central team. */
export const documentAttributes: RecordAttributeMap = { regionIds: { sql: (regions) => `array_remove(ARRAY[${regions}.safe_home_id], NULL)`, list: true } };

const documents = (db: Knex) =>
  db('audit.trustedDocuments as d')
    .join('audit.applications as a', 'a.id', 'd.applicationId')
    .leftJoin('dossiers.organisationRegions as o', 'o.organisationId', 'a.organisationId');

const documentColumns = (db: Knex) => [
  'd.*', 'a.name as applicationName', 'a.organisationId', 'o.organisationType', 'a.role', 'a.purposes', 'a.revokedAt', attributesColumn(db, documentAttributes, 'o'),
];

/** The documents the actor may see (the DPO of the application's region, the central DPO), as TrustedDocument records. */
const visibleDocuments = (db: Knex, ability: HubAbility) => whereVisible(documents(db), ability, 'TrustedDocument', documentAttributes, 'o');

export interface DocumentFilter {
  status?: DocumentStatus | null;
  applicationId?: string | null;
}

/** A page of the documents the actor may see, in the order they were registered, after a position; and how many match in all. */
export async function trustedDocumentPage(db: Knex, ability: HubAbility, filter: DocumentFilter, first: number, afterSeq: number | null) {
  const matching = () => {
    const query = visibleDocuments(db, ability);
    if (filter.status) query.where('d.status', filter.status);
    if (filter.applicationId) query.where('d.applicationId', filter.applicationId);
    return query;
  };
  const page = matching().select(documentColumns(db)).orderBy('d.seq').limit(first + 1);
  if (afterSeq) page.where('d.seq', '>', afterSeq);
  const [rows, [{ count }]] = await Promise.all([page as Promise<WithAttributes<TrustedDocumentRow>[]>, matching().count({ count: '*' })]);
  return { rows: rows.slice(0, first).map(withRecordAttributes), hasNextPage: rows.length > first, totalCount: Number(count) };
}

/** One document the actor may see, locked for a decision; null when there is none (or it is another region's). */
export async function visibleDocumentForDecision(trx: Knex.Transaction, ability: HubAbility, applicationId: string, documentId: string): Promise<TrustedDocumentRow | null> {
  const row: WithAttributes<TrustedDocumentRow> | undefined = await visibleDocuments(trx, ability)
    .select(documentColumns(trx))
    .where({ 'd.applicationId': applicationId, 'd.documentId': documentId })
    .forUpdate('d')
    .first();
  return row ? withRecordAttributes(row) : null;
}

export interface Decision {
  applicationId: string;
  documentId: string;
  status: Exclude<DocumentStatus, 'PENDING'>;
  note: string;
  decidedBy: string;
}

/** Records a decision on a document (the caller has checked that it may be taken); the trigger refuses one on a rejected document. */
export async function recordDecision(trx: Knex.Transaction, { applicationId, documentId, ...decision }: Decision): Promise<void> {
  await trx('audit.trustedDocuments').where({ applicationId, documentId }).update({ ...decision, decidedAt: trx.fn.now() });
}

/** An application as registered: its binding to an organisation, a role and purposes. */
export type ApplicationRegistration = Omit<ApplicationRow, 'registeredAt' | 'revokedAt' | 'revokedBy' | 'revocationNote'>;

/**
 * Registers an application, or updates its name and purposes. Its organisation and role are what
 * its documents were approved for: a registration that changes them is refused (a new binding is a
 * new application, with a client id of its own). So is one that adds a purpose to a partner
 * application: its approved documents would run for a purpose the DPO never saw them declared for
 * (dropping one only narrows what they disclose). The hub's own pages are the release's to change.
 */
export async function registerApplication(trx: Knex.Transaction, application: ApplicationRegistration): Promise<void> {
  const inserted = await trx('audit.applications').insert(application).onConflict('id').ignore().returning('id');
  if (inserted.length) return;
  const [registered]: ApplicationRow[] = await trx('audit.applications').where({ id: application.id }).forUpdate();
  if (registered.organisationId !== application.organisationId || registered.role !== application.role) {
    throw new Error(`application ${application.id} is registered for ${registered.organisationId ?? 'no organisation'} as ${registered.role ?? 'no role'}: another binding needs another client id`);
  }
  const added = registered.organisationId === null ? [] : application.purposes.filter((purpose) => !registered.purposes.includes(purpose));
  if (added.length) {
    throw new Error(`application ${application.id} is registered for ${registered.purposes.join(', ')}: adding ${added.join(', ')} would run the documents the DPO approved for a purpose not declared then; another purpose needs another client id`);
  }
  await trx('audit.applications').where({ id: application.id }).update({ name: application.name, purposes: application.purposes });
}

/** Registers a document of an application, PENDING; false when that application has it already (whatever its status). */
export async function registerDocument(trx: Knex.Transaction, document: Pick<TrustedDocumentRow, 'applicationId' | 'documentId' | 'operationName' | 'body'>): Promise<boolean> {
  const inserted = await trx('audit.trustedDocuments').insert(document).onConflict(['applicationId', 'documentId']).ignore().returning('documentId');
  return inserted.length > 0;
}

/** Revokes an application: its tokens are refused from then on. False when there is no such application, or it is revoked already. */
export async function revokeApplication(trx: Knex.Transaction, id: string, revokedBy: string, note: string): Promise<boolean> {
  const revoked = await trx('audit.applications').where({ id }).whereNull('revokedAt').update({ revokedAt: trx.fn.now(), revokedBy, revocationNote: note }).returning('id');
  return revoked.length > 0;
}

/** An application with every document it registered (whatever their status), in one statement; null when it is not registered. */
export async function registeredApplication(db: Knex, id: string): Promise<RegisteredApplication | null> {
  const { rows } = await db.raw(
    `SELECT a.id, a.organisation_id, a.role, a.purposes, a.revoked_at,
       coalesce(json_agg(json_build_object('documentId', d.document_id, 'status', d.status, 'body', d.body)) FILTER (WHERE d.document_id IS NOT NULL), '[]') AS documents
     FROM audit.applications a LEFT JOIN audit.trusted_documents d ON d.application_id = a.id
     WHERE a.id = ? GROUP BY a.id`,
    [id],
  );
  if (!rows.length) return null;
  const [row] = rows;
  return { id: row.id, organisationId: row.organisation_id, role: row.role, purposes: row.purposes, revoked: row.revoked_at !== null, documents: row.documents };
}
