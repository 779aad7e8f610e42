/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** The owner's report on an action: a note, and the action's new status if it changed */
export type ActionProgressInput = {
  actionId: string | number;
  expectedVersion: number;
  note: string;
  status?: ActionStatus | null | undefined;
};

export type ActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

/** A postal address */
export type AddressInput = {
  municipality: string;
  postalCode: string;
  street: string;
};

/** A track-1 anonymous consult: no personal data can be given */
export type AnonymousConsultInput = {
  /** The kind of organisation of the professional who asked */
  askerOrganisationType: OrganisationType;
  /** Defaults to today */
  consultedOn?: string | null | undefined;
  safeHomeId: string | number;
  topic: ConsultTopic;
};

/** Close a dossier, with its outcome */
export type ClosureInput = {
  /** Defaults to today */
  closedOn?: string | null | undefined;
  dossierId: string | number;
  /** The version the caller read; a stale one is refused */
  expectedVersion: number;
  outcome: ClosureOutcome;
};

/** How a dossier ended */
export type ClosureOutcome =
  | 'FAMILY_WITHDREW'
  | 'HANDED_OVER_TO_REGULAR_CARE'
  | 'LINKED_TO_OPEN_DOSSIER'
  | 'NOT_ACCEPTED'
  | 'OTHER'
  | 'SAFETY_RESTORED';

/** What an anonymous consult was about (a closed list: consults hold no free text) */
export type ConsultTopic =
  | 'CHILD_WITNESSING_VIOLENCE'
  | 'DISCUSSING_CONCERNS'
  | 'ELDER_ABUSE'
  | 'HONOUR_RELATED_VIOLENCE'
  | 'OTHER'
  | 'PARTNER_VIOLENCE'
  | 'PROFESSIONAL_SECRECY'
  | 'REFERRAL_ADVICE'
  | 'RISK_SIGNALS'
  | 'STALKING';

/** PLANNED → HELD */
export type ConsultationStatus =
  | 'HELD'
  | 'PLANNED';

/** The DPO's decision on one application's document */
export type DecideTrustedDocumentInput = {
  applicationId: string | number;
  /** "sha256:<hex>" */
  documentId: string | number;
  /** Why, in 10 to 2000 characters */
  note: string;
  verdict: DocumentVerdict;
};

/** Which disclosures: about a person or a dossier, to an organisation, in a time range, with an outcome */
export type DisclosureFilter = {
  /** Only break-glass disclosures */
  breakGlassOnly?: boolean | null | undefined;
  /** The dossier, and the persons in it as read in its region */
  dossierId?: string | number | null | undefined;
  from?: unknown;
  organisationId?: string | number | null | undefined;
  /** Only the lines with this outcome */
  outcome?: DisclosureOutcome | null | undefined;
  personId?: string | number | null | undefined;
  to?: unknown;
};

/** What a line of the disclosure log records: DISCLOSED (all asked), PARTIAL (some refused), DENIED (all refused), NOTHING (nothing personal), WRITTEN (a change) */
export type DisclosureOutcome =
  | 'DENIED'
  | 'DISCLOSED'
  | 'NOTHING'
  | 'PARTIAL'
  | 'WRITTEN';

/** Where a trusted document stands: PENDING until the DPO decides; APPROVED runs (and may be withdrawn: REJECTED); REJECTED is final (a changed document is a new one) */
export type DocumentStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** The DPO's decision on a trusted document */
export type DocumentVerdict =
  | 'APPROVE'
  | 'REJECT';

/** REFERRED → INTAKE → ACTIVE → CLOSED */
export type DossierStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'INTAKE'
  | 'REFERRED';

export type EscalationReason =
  | 'HIGHER_LEVEL_THAN_PREVIOUS';

/** A risk factor adds to the score, a protective factor subtracts */
export type FactorKind =
  | 'PROTECTIVE'
  | 'RISK';

/** An item of information shared in a dossier (infodeling), with its category and legal basis */
export type InformationInput = {
  /** One of CASE_NARRATIVE, RISK, PLAN, HEALTH, JUDICIAL */
  category: string;
  content: string;
  dossierId: string | number;
  /** The id of the legal basis it is shared under (see docs/POLICY.md) */
  legalBasis: string;
};

/** Link a referral (a dossier still REFERRED) into the family's open dossier of the same Safe Home, each against the version the caller read */
export type LinkReferralInput = {
  dossierId: string | number;
  /** The version the caller read; a stale one is refused */
  expectedVersion: number;
  /** The family's open dossier */
  intoDossierId: string | number;
  /** The version of that dossier the caller read; a stale one is refused */
  intoExpectedVersion: number;
};

/** Kinds of partner organisation */
export type OrganisationType =
  | 'CAW'
  | 'CENTRAL_TEAM'
  | 'CGG'
  | 'JUSTICE_HOUSE'
  | 'OCMW'
  | 'OPGROEIEN'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION'
  | 'SAFE_HOME'
  | 'VK';

/** A person's role in a dossier's client system */
export type PersonRole =
  | 'ALLEGED_PERPETRATOR'
  | 'CHILD'
  | 'FAMILY_MEMBER'
  | 'OTHER'
  | 'VICTIM';

/** An action of the action plan, owned by a partner organisation */
export type PlanActionInput = {
  description: string;
  dossierId: string | number;
  dueOn: string;
  ownerOrganisationId: string | number;
};

/** Record a held case consultation: who took part, whether the persons concerned were informed, what was decided */
export type RecordConsultationInput = {
  consultationId: string | number;
  decisions: string;
  expectedVersion: number;
  heldOn: string;
  /** Required when the persons were not informed */
  notInformedReason?: string | null | undefined;
  /** Organisations that took part; from then on they read the dossier's case content (art. 458ter Sw.) */
  participantIds: Array<string | number>;
  personsConsented?: boolean | null | undefined;
  personsInformed: boolean;
};

/** A referral (aanmelding) of a family to its region’s Safe Home */
export type ReferralInput = {
  /** When the incident that led to the referral happened */
  incidentOn?: string | null | undefined;
  persons: Array<ReferredPersonInput>;
  /** Defaults to today */
  referredOn?: string | null | undefined;
  safeHomeId: string | number;
  /** Who referred; a partner refers as its own organisation type (the default) */
  source?: ReferralSource | null | undefined;
  /** The situation as the referrer sees it */
  summary: string;
  /** Forms of intrafamilial violence */
  violenceForms: string;
};

/** Who referred the family */
export type ReferralSource =
  | 'CAW'
  | 'CGG'
  | 'JUSTICE_HOUSE'
  | 'OCMW'
  | 'OPGROEIEN'
  | 'OTHER'
  | 'POLICE'
  | 'PROSECUTION'
  | 'SELF'
  | 'VK';

/** A person involved in a referral */
export type ReferredPersonInput = {
  address?: AddressInput | null | undefined;
  /** The address is a protected, safe address */
  addressProtected?: boolean | null | undefined;
  birthDate: string;
  email?: string | null | undefined;
  familyName: string;
  givenName: string;
  /** National register number as YY.MM.DD-XXX.CC */
  nationalNumber?: string | null | undefined;
  phone?: string | null | undefined;
  role: PersonRole;
};

/** The DPO's finding on a break-glass access */
export type ReviewVerdict =
  | 'JUSTIFIED'
  | 'UNJUSTIFIED';

/** Whether an item of the instrument is present */
export type RiskAnswerInput = {
  itemCode: string;
  present: boolean;
};

/** A risk assessment of one person in a dossier, against a named instrument version; the hub computes score and level */
export type RiskAssessmentInput = {
  /** One answer for every item of the instrument version */
  answers: Array<RiskAnswerInput>;
  /** Defaults to today */
  assessedOn?: string | null | undefined;
  dossierId: string | number;
  instrumentVersionId: string | number;
  /** Professional judgement: may raise the computed level, never lower it */
  judgementLevel?: RiskLevel | null | undefined;
  /** Required with a professional judgement */
  judgementRationale?: string | null | undefined;
  personId: string | number;
};

export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Plan a case consultation and invite partner organisations of the region */
export type ScheduleConsultationInput = {
  dossierId: string | number;
  invitedOrganisationIds: Array<string | number>;
  plannedOn: string;
};

/** Start the intake of a referred dossier */
export type StartIntakeInput = {
  caseManager?: string | null | undefined;
  dossierId: string | number;
  /** The version the caller read; a stale one is refused */
  expectedVersion: number;
};

/** Which families or consults to count: a year range and optionally one Safe Home */
export type StatisticsFilter = {
  /** First year included */
  fromYear?: number | null | undefined;
  safeHomeId?: string | number | null | undefined;
  /** Last year included */
  toYear?: number | null | undefined;
};

/** The weighing (weging): the track decided and why, and the case manager assigned */
export type WeighingInput = {
  caseManager: string;
  /** Defaults to today */
  decidedOn?: string | null | undefined;
  dossierId: string | number;
  /** The version the caller read; a stale one is refused */
  expectedVersion: number;
  rationale: string;
  /** 2 case support (4-6 months), 3 intensive case management (12-18 months), or 0 across the threshold */
  track: number;
};

/** An organisation leaves the case consultation of a dossier: from then on it no longer reads its case content */
export type WithdrawalInput = {
  dossierId: string | number;
  organisationId: string | number;
};

export type ActionStateFragment = { id: string, description: string | null, dueOn: string | null, status: ActionStatus | null, overdue: boolean | null, version: number | null, owner: { id: string } | null };

export type PlanActionMutationVariables = Exact<{
  input: PlanActionInput;
}>;


export type PlanActionMutation = { planAction: { id: string, description: string | null, dueOn: string | null, status: ActionStatus | null, overdue: boolean | null, version: number | null, owner: { id: string } | null } | null };

export type ReportActionProgressMutationVariables = Exact<{
  input: ActionProgressInput;
}>;


export type ReportActionProgressMutation = { reportActionProgress: { id: string, description: string | null, dueOn: string | null, status: ActionStatus | null, overdue: boolean | null, version: number | null, owner: { id: string } | null } | null };

export type OverdueActionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OverdueActionsQuery = { overdueActions: { nodes: Array<{ id: string, description: string | null, dueOn: string | null, status: ActionStatus | null, overdue: boolean | null, version: number | null, dossier: { code: string | null } | null, owner: { id: string } | null } | null> | null, pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null } | null };

export type AssessRiskMutationVariables = Exact<{
  input: RiskAssessmentInput;
}>;


export type AssessRiskMutation = { assessRisk: { id: string, score: number | null, computedLevel: RiskLevel | null, judgementLevel: RiskLevel | null, level: RiskLevel | null, redFlagged: boolean | null, escalation: EscalationReason | null, assessedOn: string | null } | null };

export type RiskInstrumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskInstrumentsQuery = { riskInstruments: Array<{ id: string, code: string | null, version: number | null, publishedOn: string | null, items: Array<{ code: string | null, kind: FactorKind | null, redFlag: boolean | null } | null> | null } | null> | null };

export type ConsultationStateFragment = { id: string, status: ConsultationStatus | null, plannedOn: string | null, heldOn: string | null, personsInformed: boolean | null, decisions: string | null, version: number | null, invited: Array<{ id: string } | null> | null, participants: Array<{ id: string } | null> | null };

export type ScheduleCaseConsultationMutationVariables = Exact<{
  input: ScheduleConsultationInput;
}>;


export type ScheduleCaseConsultationMutation = { scheduleCaseConsultation: { id: string, status: ConsultationStatus | null, plannedOn: string | null, heldOn: string | null, personsInformed: boolean | null, decisions: string | null, version: number | null, invited: Array<{ id: string } | null> | null, participants: Array<{ id: string } | null> | null } | null };

export type RecordCaseConsultationMutationVariables = Exact<{
  input: RecordConsultationInput;
}>;


export type RecordCaseConsultationMutation = { recordCaseConsultation: { id: string, status: ConsultationStatus | null, plannedOn: string | null, heldOn: string | null, personsInformed: boolean | null, decisions: string | null, version: number | null, invited: Array<{ id: string } | null> | null, participants: Array<{ id: string } | null> | null } | null };

export type CaseFileQueryVariables = Exact<{
  code: string;
}>;


export type CaseFileQuery = { dossier: { code: string | null, status: DossierStatus | null, track: number | null, version: number | null, currentRiskLevel: RiskLevel | null, referrals: Array<{ referredOn: string | null, source: string | null, repeatWithinYear: boolean | null } | null> | null, situation: { summary: string | null } | null, persons: Array<{ role: PersonRole | null, person: { id: string, givenName: string | null, familyName: string | null } | null } | null> | null, caseConsultations: Array<{ id: string, status: ConsultationStatus | null, participants: Array<{ id: string } | null> | null } | null> | null, actionPlan: Array<{ id: string, status: ActionStatus | null, version: number | null, owner: { id: string } | null } | null> | null, infoSharing: Array<{ category: string | null, content: string | null } | null> | null } | null };

export type DashboardStatisticsQueryVariables = Exact<{
  filter?: StatisticsFilter | null | undefined;
}>;


export type DashboardStatisticsQuery = { yearsOfFamilies: Array<{ year: number | null } | null> | null, yearsOfConsults: Array<{ year: number | null } | null> | null, safeHomes: Array<{ id: string, name: string | null } | null> | null, referredFamiliesPerYear: Array<{ year: number | null, count: number | null, suppressed: boolean | null } | null> | null, referredFamilies: Array<{ year: number | null, track: number | null, count: number | null, suppressed: boolean | null, safeHome: { id: string } | null } | null> | null, consultsPerYear: Array<{ year: number | null, count: number | null, suppressed: boolean | null } | null> | null, childrenInvolvement: Array<{ year: number | null, families: number | null, withChildren: number | null, share: number | null, suppressed: boolean | null } | null> | null, riskLevelDistribution: Array<{ level: RiskLevel | null, count: number | null, suppressed: boolean | null } | null> | null, referralSources: Array<{ year: number | null, source: string | null, count: number | null, suppressed: boolean | null } | null> | null, dossierDurationByTrack: Array<{ track: number | null, count: number | null, averageDays: number | null, medianDays: number | null, suppressed: boolean | null } | null> | null };

export type DossierPageQueryVariables = Exact<{
  safeHomeId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DossierPageQuery = { dossiers: { totalCount: number | null, pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null, nodes: Array<{ code: string | null, status: DossierStatus | null, currentRiskLevel: RiskLevel | null, persons: Array<{ role: PersonRole | null, person: { givenName: string | null, familyName: string | null } | null } | null> | null } | null> | null } | null };

export type DossierStateFragment = { id: string, code: string | null, status: DossierStatus | null, track: number | null, caseManager: string | null, outcome: ClosureOutcome | null, closedOn: string | null, version: number | null };

export type StartIntakeMutationVariables = Exact<{
  input: StartIntakeInput;
}>;


export type StartIntakeMutation = { startIntake: { id: string, code: string | null, status: DossierStatus | null, track: number | null, caseManager: string | null, outcome: ClosureOutcome | null, closedOn: string | null, version: number | null } | null };

export type WeighDossierMutationVariables = Exact<{
  input: WeighingInput;
}>;


export type WeighDossierMutation = { weighDossier: { id: string, code: string | null, status: DossierStatus | null, track: number | null, caseManager: string | null, outcome: ClosureOutcome | null, closedOn: string | null, version: number | null } | null };

export type WithdrawFromCaseConsultationMutationVariables = Exact<{
  input: WithdrawalInput;
}>;


export type WithdrawFromCaseConsultationMutation = { withdrawFromCaseConsultation: { id: string, code: string | null, status: DossierStatus | null, track: number | null, caseManager: string | null, outcome: ClosureOutcome | null, closedOn: string | null, version: number | null } | null };

export type CloseDossierMutationVariables = Exact<{
  input: ClosureInput;
}>;


export type CloseDossierMutation = { closeDossier: { id: string, code: string | null, status: DossierStatus | null, track: number | null, caseManager: string | null, outcome: ClosureOutcome | null, closedOn: string | null, version: number | null } | null };

export type DossierWithPersonsAndRiskQueryVariables = Exact<{
  code: string;
}>;


export type DossierWithPersonsAndRiskQuery = { dossier: { code: string | null, track: number | null, status: DossierStatus | null, currentRiskLevel: RiskLevel | null, safeHome: { name: string | null } | null, persons: Array<{ role: PersonRole | null, person: { givenName: string | null, familyName: string | null, birthDate: string | null } | null } | null> | null, riskAssessments: Array<{ assessedOn: string | null, level: RiskLevel | null } | null> | null } | null };

export type DisclosureLogQueryVariables = Exact<{
  filter?: DisclosureFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DisclosureLogQuery = { disclosures: { totalCount: number | null, nodes: Array<{ seq: string, occurredAt: unknown, requestId: string | null, actorSubject: string | null, role: string | null, purpose: string | null, operationName: string | null, documentId: string | null, kind: string | null, subjectType: string | null, subjectId: string | null, outcome: string | null, breakGlass: boolean | null, justification: string | null, hiddenUntil: string | null, organisation: { id: string, name: string | null } | null, fields: Array<{ field: string | null, category: string | null, rules: Array<string | null> | null, legalBasis: Array<string | null> | null } | null> | null, denied: Array<{ field: string | null, reason: string | null } | null> | null } | null> | null, pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null } | null };

export type ChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainStatusQuery = { auditChainStatus: { intact: boolean | null, lines: number | null, roots: number | null, firstBrokenLine: number | null, reason: string | null } | null };

export type BreakGlassQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BreakGlassQueueQuery = { breakGlassQueue: { totalCount: number | null, nodes: Array<{ requestId: string, occurredAt: unknown, actorSubject: string | null, role: string | null, purpose: string | null, justification: string | null, lines: number | null, organisation: { id: string, name: string | null } | null } | null> | null, pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null } | null };

export type ReviewBreakGlassMutationVariables = Exact<{
  requestId: string | number;
  verdict: ReviewVerdict;
  note: string;
}>;


export type ReviewBreakGlassMutation = { reviewBreakGlass: { requestId: string, verdict: ReviewVerdict | null, note: string | null, reviewerSubject: string | null, reviewedAt: unknown } | null };

export type SubjectAccessQueryVariables = Exact<{
  personId: string | number;
}>;


export type SubjectAccessQuery = { subjectAccessReport: { personId: string, generatedAt: unknown, entries: Array<{ occurredAt: unknown, role: string | null, purpose: string | null, outcome: string | null, record: string | null, categories: Array<string | null> | null, legalBasis: Array<string | null> | null, organisation: { id: string, name: string | null } | null } | null> | null } | null };

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { safeHomes: Array<{ id: string, name: string | null, organisations: Array<{ id: string, name: string | null } | null> | null } | null> | null };

export type ReferralMatchesQueryVariables = Exact<{
  code: string;
}>;


export type ReferralMatchesQuery = { dossier: { id: string, code: string | null, status: DossierStatus | null, version: number | null, possibleMatches: Array<{ id: string, code: string | null, status: DossierStatus | null, version: number | null } | null> | null } | null };

export type LinkReferralMutationVariables = Exact<{
  input: LinkReferralInput;
}>;


export type LinkReferralMutation = { linkReferral: { id: string, code: string | null, version: number | null, referrals: Array<{ source: string | null, repeatWithinYear: boolean | null } | null> | null, persons: Array<{ role: PersonRole | null, person: { givenName: string | null } | null } | null> | null } | null };

export type OpenDossiersWithRiskQueryVariables = Exact<{
  safeHomeId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type OpenDossiersWithRiskQuery = { dossiers: { pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null, nodes: Array<{ code: string | null, status: DossierStatus | null, track: number | null, currentRiskLevel: RiskLevel | null } | null> | null } | null };

export type RecordAnonymousConsultMutationVariables = Exact<{
  input: AnonymousConsultInput;
}>;


export type RecordAnonymousConsultMutation = { recordAnonymousConsult: { id: string, consultedOn: string | null, askerOrganisationType: OrganisationType | null, topic: ConsultTopic | null } | null };

export type ReferFamilyMutationVariables = Exact<{
  input: ReferralInput;
}>;


export type ReferFamilyMutation = { referFamily: { linkedToExistingDossier: boolean | null, dossier: { id: string, code: string | null, status: DossierStatus | null, track: number | null, version: number | null } | null, referral: { id: string, referredOn: string | null } | null } | null };

export type ShareInformationMutationVariables = Exact<{
  input: InformationInput;
}>;


export type ShareInformationMutation = { shareInformation: { id: string, category: string | null, legalBasis: string | null, content: string | null, sharedOn: string | null } | null };

export type TrustedDocumentStateFragment = { documentId: string, operationName: string | null, body: string | null, status: DocumentStatus | null, note: string | null, decidedBy: string | null, decidedAt: unknown, registeredAt: unknown, application: { id: string, name: string | null, role: string | null, purposes: Array<string | null> | null, revokedAt: unknown, organisation: { id: string, name: string | null } | null } | null };

export type FlowFieldPartsFragment = { field: string | null, action: string | null, allowed: boolean | null, category: string | null, declaredCategories: Array<string | null> | null, persons: string | null, rules: Array<string | null> | null, exceptRules: Array<string | null> | null, legalBasis: Array<string | null> | null };

export type TrustedDocumentsQueryVariables = Exact<{
  status?: DocumentStatus | null | undefined;
  applicationId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TrustedDocumentsQuery = { trustedDocuments: { totalCount: number | null, nodes: Array<{ documentId: string, operationName: string | null, body: string | null, status: DocumentStatus | null, note: string | null, decidedBy: string | null, decidedAt: unknown, registeredAt: unknown, dataFlow: Array<{ organisationType: string | null, role: string | null, purpose: string | null, reads: Array<{ field: string | null, action: string | null, allowed: boolean | null, category: string | null, declaredCategories: Array<string | null> | null, persons: string | null, rules: Array<string | null> | null, exceptRules: Array<string | null> | null, legalBasis: Array<string | null> | null } | null> | null, writes: Array<{ field: string | null, action: string | null, allowed: boolean | null, category: string | null, declaredCategories: Array<string | null> | null, persons: string | null, rules: Array<string | null> | null, exceptRules: Array<string | null> | null, legalBasis: Array<string | null> | null } | null> | null, breakGlassReads: Array<{ field: string | null, action: string | null, allowed: boolean | null, category: string | null, declaredCategories: Array<string | null> | null, persons: string | null, rules: Array<string | null> | null, exceptRules: Array<string | null> | null, legalBasis: Array<string | null> | null } | null> | null } | null> | null, application: { id: string, name: string | null, role: string | null, purposes: Array<string | null> | null, revokedAt: unknown, organisation: { id: string, name: string | null } | null } | null } | null> | null, pageInfo: { hasNextPage: boolean | null, endCursor: string | null } | null } | null };

export type DecideTrustedDocumentMutationVariables = Exact<{
  input: DecideTrustedDocumentInput;
}>;


export type DecideTrustedDocumentMutation = { decideTrustedDocument: { documentId: string, operationName: string | null, body: string | null, status: DocumentStatus | null, note: string | null, decidedBy: string | null, decidedAt: unknown, registeredAt: unknown, application: { id: string, name: string | null, role: string | null, purposes: Array<string | null> | null, revokedAt: unknown, organisation: { id: string, name: string | null } | null } | null } | null };

export const ActionStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ActionStateFragment, unknown>;
export const ConsultationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"personsInformed"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsultationStateFragment, unknown>;
export const DossierStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<DossierStateFragment, unknown>;
export const TrustedDocumentStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustedDocumentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<TrustedDocumentStateFragment, unknown>;
export const FlowFieldPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowFieldParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlowField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"exceptRules"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<FlowFieldPartsFragment, unknown>;
export const PlanActionDocument = {"__meta__":{"hash":"sha256:9cfeb4e0b6efd47561e2260985752a9e893748269091fff47b9168b9c140e1d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlanActionMutation, PlanActionMutationVariables>;
export const ReportActionProgressDocument = {"__meta__":{"hash":"sha256:4fcdedee7c48a4d6a21dc95eb271cc96ac42bd70883ab71d40084de7307684fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportActionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportActionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportActionProgressMutation, ReportActionProgressMutationVariables>;
export const OverdueActionsDocument = {"__meta__":{"hash":"sha256:0d46a601450e14e21f574e7d9b8468b2168b76cfbeb4f4ba2de8a8e478584d84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionState"}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionPlanItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OverdueActionsQuery, OverdueActionsQueryVariables>;
export const AssessRiskDocument = {"__meta__":{"hash":"sha256:d8d5e9e02354f0dfef1ba7281bfd165e08b2b85d16c0c767b9a8b47333b454ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssessRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"computedLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"redFlagged"}},{"kind":"Field","name":{"kind":"Name","value":"escalation"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}}]}}]}}]} as unknown as DocumentNode<AssessRiskMutation, AssessRiskMutationVariables>;
export const RiskInstrumentsDocument = {"__meta__":{"hash":"sha256:7db6ffd607a78726c3d03be4a0b8ef8c96a5bdb302382e837c50849a074e1f4b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskInstruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"redFlag"}}]}}]}}]}}]} as unknown as DocumentNode<RiskInstrumentsQuery, RiskInstrumentsQueryVariables>;
export const ScheduleCaseConsultationDocument = {"__meta__":{"hash":"sha256:b89d2d2a9448b75a0b908fe9002b872667d588a7f0b5566c62103f724c777ba1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCaseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCaseConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"personsInformed"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleCaseConsultationMutation, ScheduleCaseConsultationMutationVariables>;
export const RecordCaseConsultationDocument = {"__meta__":{"hash":"sha256:6b7a297bdaa08e952e1f8bf55481c3634505499e31636eaa0933cf475ad0619e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCaseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsultationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCaseConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsultationState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsultationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedOn"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"personsInformed"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"invited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordCaseConsultationMutation, RecordCaseConsultationMutationVariables>;
export const CaseFileDocument = {"__meta__":{"hash":"sha256:74356cc1df733c222afe721f89f8b4054aa39f481df17be19d1c534d133ae8be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"repeatWithinYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"situation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseConsultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"infoSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRiskLevel"}}]}}]}}]} as unknown as DocumentNode<CaseFileQuery, CaseFileQueryVariables>;
export const DashboardStatisticsDocument = {"__meta__":{"hash":"sha256:bbe7c521a99ae87130ac6748fbb75ac3d170f4691e8d78feb4d330d028c9e3ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"yearsOfFamilies"},"name":{"kind":"Name","value":"referredFamiliesPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"yearsOfConsults"},"name":{"kind":"Name","value":"consultsPerYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeHomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredFamiliesPerYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referredFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"safeHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultsPerYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrenInvolvement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"families"}},{"kind":"Field","name":{"kind":"Name","value":"withChildren"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskLevelDistribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referralSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossierDurationByTrack"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"averageDays"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<DashboardStatisticsQuery, DashboardStatisticsQueryVariables>;
export const DossierPageDocument = {"__meta__":{"hash":"sha256:7657931ea4f23cf70052b9215e60400ed7624d6936609cdab5a385eaef7f6d6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"safeHomeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"safeHomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"safeHomeId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRiskLevel"}}]}}]}}]}}]} as unknown as DocumentNode<DossierPageQuery, DossierPageQueryVariables>;
export const StartIntakeDocument = {"__meta__":{"hash":"sha256:6419fb983aed4f077a16b92dee2bcdbaeb93a20cd6bff88138ff7a80257f49c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<StartIntakeMutation, StartIntakeMutationVariables>;
export const WeighDossierDocument = {"__meta__":{"hash":"sha256:960ca2e6a9d8a330af25f6d9bffef678058dee698a7a05e8e052ac2b05e005e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WeighDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WeighingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weighDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WeighDossierMutation, WeighDossierMutationVariables>;
export const WithdrawFromCaseConsultationDocument = {"__meta__":{"hash":"sha256:0743b15352d1699464b99fa5c2a3407af03fe93ca0454f15534cd72b6342eef7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawFromCaseConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawFromCaseConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<WithdrawFromCaseConsultationMutation, WithdrawFromCaseConsultationMutationVariables>;
export const CloseDossierDocument = {"__meta__":{"hash":"sha256:5b669f81063d270a184edb941ac565ee9a4a02dd0a0ae90aced5d73f6dc369de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseDossier"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeDossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"caseManager"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CloseDossierMutation, CloseDossierMutationVariables>;
export const DossierWithPersonsAndRiskDocument = {"__meta__":{"hash":"sha256:fbe585133c649f8950a50a743a873195c4c3d931ac218857e2b0b0ecf76179ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierWithPersonsAndRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"safeHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRiskLevel"}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DossierWithPersonsAndRiskQuery, DossierWithPersonsAndRiskQueryVariables>;
export const DisclosureLogDocument = {"__meta__":{"hash":"sha256:dd772ec8bc23177fcfbf9a11c5efcc0e2bdbc9bdb7393e14d4e40a5afa67c1a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisclosureFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"denied"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"breakGlass"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DisclosureLogQuery, DisclosureLogQueryVariables>;
export const ChainStatusDocument = {"__meta__":{"hash":"sha256:bd79d2605e321bcd368d0b20adb71239b21151d8d18926ee33af47865ff9298a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"roots"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenLine"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ChainStatusQuery, ChainStatusQueryVariables>;
export const BreakGlassQueueDocument = {"__meta__":{"hash":"sha256:6cfd001f8eb42857f705f7197e39d5c340b22aa8c8dce1fe13aae157550a72b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BreakGlassQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlassQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"lines"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BreakGlassQueueQuery, BreakGlassQueueQueryVariables>;
export const ReviewBreakGlassDocument = {"__meta__":{"hash":"sha256:22576a8cfd4c8764e565ee4085757284390edb60a51a316661b3475ac59ddcf2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewBreakGlass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewVerdict"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewBreakGlass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"verdict"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verdict"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]} as unknown as DocumentNode<ReviewBreakGlassMutation, ReviewBreakGlassMutationVariables>;
export const SubjectAccessDocument = {"__meta__":{"hash":"sha256:3fdeccb86bef08097eeed0f6a005a2fee1f63029e078bf4804e158148c1d25d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"record"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]}}]} as unknown as DocumentNode<SubjectAccessQuery, SubjectAccessQueryVariables>;
export const OrganisationsDocument = {"__meta__":{"hash":"sha256:39ee7101859e97ad33ad29225816cd8bdc29869225caff346f06b5446025de33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeHomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ReferralMatchesDocument = {"__meta__":{"hash":"sha256:3ee993ba1e6fed0066aa9560f6a6aac8c1d6232f4873100b0b11a3acb7e39c06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"possibleMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralMatchesQuery, ReferralMatchesQueryVariables>;
export const LinkReferralDocument = {"__meta__":{"hash":"sha256:db3f4fbc9428c32e70fe7f37e275afc317b03ed3d4e96e989f1af608a8994aba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"repeatWithinYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkReferralMutation, LinkReferralMutationVariables>;
export const OpenDossiersWithRiskDocument = {"__meta__":{"hash":"sha256:f22078e2f1725ffa3072dbdbec4fc5cd302d266122f3cb7fc58024c34d8b1181"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDossiersWithRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"safeHomeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"safeHomeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"safeHomeId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"currentRiskLevel"}}]}}]}}]}}]} as unknown as DocumentNode<OpenDossiersWithRiskQuery, OpenDossiersWithRiskQueryVariables>;
export const RecordAnonymousConsultDocument = {"__meta__":{"hash":"sha256:26a8bd62438e4257c090d2dcad05bf48a61caec641b92120a7c42fb6b4d9b48a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAnonymousConsult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnonymousConsultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAnonymousConsult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consultedOn"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganisationType"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<RecordAnonymousConsultMutation, RecordAnonymousConsultMutationVariables>;
export const ReferFamilyDocument = {"__meta__":{"hash":"sha256:1aae072e061d52ee313a924d7760cdef9d93431fe8c531e665c01dc55a3a421f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedToExistingDossier"}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}}]}}]}}]} as unknown as DocumentNode<ReferFamilyMutation, ReferFamilyMutationVariables>;
export const ShareInformationDocument = {"__meta__":{"hash":"sha256:a0361c0e3078d5ef4e0fc896ef4abc1819405bfd5befc44bf250706ad04ffcd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InformationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sharedOn"}}]}}]}}]} as unknown as DocumentNode<ShareInformationMutation, ShareInformationMutationVariables>;
export const TrustedDocumentsDocument = {"__meta__":{"hash":"sha256:71b13342ae42afdbec84df4ec45d744ff3e03431a778ad5f39d4682f62207f48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrustedDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trustedDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrustedDocumentState"}},{"kind":"Field","name":{"kind":"Name","value":"dataFlow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"reads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowFieldParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"writes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowFieldParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakGlassReads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FlowFieldParts"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustedDocumentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FlowFieldParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FlowField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"declaredCategories"}},{"kind":"Field","name":{"kind":"Name","value":"persons"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"exceptRules"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]} as unknown as DocumentNode<TrustedDocumentsQuery, TrustedDocumentsQueryVariables>;
export const DecideTrustedDocumentDocument = {"__meta__":{"hash":"sha256:f88030c0748cf0ea883af06d10bd00dcc973cbab691db0a6ed6e7663bfb45708"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideTrustedDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideTrustedDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTrustedDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrustedDocumentState"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrustedDocumentState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrustedDocument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentId"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]} as unknown as DocumentNode<DecideTrustedDocumentMutation, DecideTrustedDocumentMutationVariables>;