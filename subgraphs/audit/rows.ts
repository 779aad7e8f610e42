import { StoredLine } from '../../audit-log/line-hash';
import { DocumentStatus, ReviewVerdict } from './types';

export type { DocumentStatus };

/**
 * The rows the audit subgraph reads, as knex returns them (camelCase, platform/database.ts; bigint
 * and count(*) as numbers, jsonb parsed). The repository returns these; the GraphQL types in
 * types.ts show only what the schema shows, and a field resolver that needs a column the schema
 * does not show (the organisation's id) takes the row as its parent.
 */

/** A line of audit.disclosures as the log's own verifier reads it (audit-log/line-hash.ts): older lines have no rules. */
export type DisclosureRow = StoredLine;

/** One break-glass request: its log lines grouped by request (breakGlassQueue), the first line's time and place in the chain. */
export interface BreakGlassRequestRow {
  requestId: string;
  actorSubject: string;
  organisationId: string;
  role: string;
  purpose: string;
  justification: string;
  occurredAt: Date;
  firstSeq: number;
  lines: number;
}

export interface BreakGlassReviewRow {
  requestId: string;
  verdict: ReviewVerdict;
  note: string;
  reviewerSubject: string;
  reviewedAt: Date;
}

/** A row of audit.applications. */
export interface ApplicationRow {
  id: string;
  name: string;
  /** Null for the hub's own pages, which serve the staff of any organisation. */
  organisationId: string | null;
  role: string | null;
  purposes: string[];
  registeredAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
  revocationNote: string | null;
}

/** A row of audit.trusted_documents, with its application's columns (as the DPO's queries join them). */
export interface TrustedDocumentRow {
  seq: number;
  applicationId: string;
  documentId: string;
  operationName: string;
  body: string;
  status: DocumentStatus;
  note: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  registeredAt: Date;
  applicationName: string;
  organisationId: string | null;
  /** The type of the application's organisation (the policy's rules are by type); null for a page. */
  organisationType: string | null;
  role: string | null;
  purposes: string[];
  revokedAt: Date | null;
}

/** An application with its documents, as the gateway checks a request against them. */
export interface RegisteredApplication {
  id: string;
  organisationId: string | null;
  role: string | null;
  purposes: string[];
  revoked: boolean;
  documents: { documentId: string; status: DocumentStatus; body: string }[];
}
