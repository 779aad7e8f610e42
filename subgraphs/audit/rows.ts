import { Disclosure } from '../../audit-log/disclosure';
import { ReviewVerdict } from './types';

/**
 * The rows the audit subgraph reads, as knex returns them (camelCase, platform/database.ts; bigint
 * and count(*) as numbers, jsonb parsed). The repository returns these; the GraphQL types in
 * types.ts show only what the schema shows, and a field resolver that needs a column the schema
 * does not show (the organisation's id) takes the row as its parent.
 */

/** A line of audit.disclosures: what the writer appended (audit-log/disclosure-log.ts), its place in the chain and its leaf hash. */
export interface DisclosureRow extends Omit<Disclosure, 'fields'> {
  seq: number;
  /** Lines written before the log named the granting rules have no rules. */
  fields: { field: string; category: string; rules?: string[]; legalBasis: string[] }[];
  leafHash: string;
}

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
