import { EscalationReason, FactorKind, RiskLevel } from './types';

/**
 * The rows of the risk subgraph's tables as knex returns them (camelCase, platform/database.ts;
 * DATE columns as 'YYYY-MM-DD' strings, jsonb parsed), with the columns the code reads (created_at,
 * used only for ordering, is left out). The repository returns these; the GraphQL types in types.ts
 * show only what the schema shows, and a field resolver that needs a column the schema does not
 * show (the answers, the person, the instrument) takes the row as its parent.
 */

export interface RiskInstrumentVersionRow {
  id: string;
  code: string;
  version: number;
  name: string;
  mediumThreshold: number;
  highThreshold: number;
  publishedOn: string;
}

export interface RiskInstrumentItemRow {
  instrumentVersionId: string;
  code: string;
  position: number;
  text: string;
  kind: FactorKind;
  weight: number;
  redFlag: boolean;
}

export interface RiskAssessmentRow {
  id: string;
  dossierId: string;
  personId: string;
  instrumentVersionId: string;
  /** Per item code of the instrument version, whether it was found present. */
  answers: Record<string, boolean>;
  score: number;
  computedLevel: RiskLevel;
  judgementLevel: RiskLevel | null;
  level: RiskLevel;
  redFlagged: boolean;
  judgementRationale: string | null;
  escalation: EscalationReason | null;
  assessorOrganisationId: string;
  assessedOn: string;
}
