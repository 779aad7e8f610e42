import { StoredLine } from '../../audit-log/line-hash';
import { ReviewVerdict } from './types';

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
