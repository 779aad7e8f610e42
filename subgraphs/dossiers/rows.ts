import { OrganisationType } from '../../policy';
import { ActionStatus, DossierStatus } from './types';
import { ClosureOutcome, ConsultationStatus, ConsultTopic } from './vocabulary';

/**
 * The rows of the dossiers subgraph's tables as knex returns them (camelCase, platform/database.ts;
 * DATE columns as 'YYYY-MM-DD' strings), with the columns the code reads (those only SQL uses, such
 * as created_at for ordering, are left out). The repository returns these; the GraphQL types in
 * types.ts show only what the schema shows, and a field resolver that needs a column the schema
 * does not show (a foreign key) takes the row as its parent.
 */

export interface SafeHomeRow {
  id: string;
  name: string;
  codePrefix: string;
  province: string;
}

export interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  /** Null for the central team, which belongs to no region. */
  safeHomeId: string | null;
}

export interface DossierRow {
  id: string;
  code: string;
  safeHomeId: string;
  track: number | null;
  status: DossierStatus;
  referralSource: string;
  referredByOrganisationId: string | null;
  referralDate: string;
  caseManager: string | null;
  closedOn: string | null;
  outcome: ClosureOutcome | null;
  version: number;
}

export interface SituationDescriptionRow {
  dossierId: string;
  summary: string;
  violenceForms: string;
  recordedOn: string;
}

export interface WeighingRow {
  dossierId: string;
  decidedOn: string;
  track: number;
  rationale: string;
}

export interface InfoSharingItemRow {
  id: string;
  dossierId: string;
  organisationId: string;
  category: string;
  legalBasis: string;
  content: string;
  sharedOn: string;
}

export interface CaseConsultationRow {
  id: string;
  dossierId: string;
  status: ConsultationStatus;
  plannedOn: string | null;
  heldOn: string | null;
  personsInformed: boolean | null;
  personsConsented: boolean | null;
  notInformedReason: string | null;
  decisions: string | null;
  version: number;
}

/** An organisation invited to, or taking part in, a case consultation (the invitations and participants tables). */
export interface ConsultationMemberRow {
  caseConsultationId: string;
  organisationId: string;
}

export interface ActionPlanItemRow {
  id: string;
  dossierId: string;
  description: string;
  ownerOrganisationId: string;
  dueOn: string;
  status: ActionStatus;
  version: number;
}

export interface ExecutionNoteRow {
  id: string;
  dossierId: string;
  actionPlanItemId: string | null;
  organisationId: string;
  note: string;
  recordedOn: string;
}

export interface ReferralRow {
  id: string;
  dossierId: string;
  referredOn: string;
  incidentOn: string | null;
  source: string;
  referredByOrganisationId: string | null;
  summary: string;
  repeatWithinYear: boolean;
}

export interface AnonymousConsultRow {
  id: string;
  safeHomeId: string;
  consultedOn: string;
  askerOrganisationType: OrganisationType;
  topic: ConsultTopic;
}
