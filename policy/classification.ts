import { DataCategory as C } from './categories';

/** The categories an information item can be shared as (the partner who shares it says which). */
export const shareableCategories = [C.CASE_NARRATIVE, C.RISK, C.PLAN, C.HEALTH, C.JUDICIAL] as const;

/**
 * A field whose category is the one its record declares, one of `among` (an information item is
 * shared as HEALTH, JUDICIAL, CASE_NARRATIVE, ... by the partner who shares it).
 */
export interface CategoryFromRecord {
  fromRecord: 'category';
  among: readonly C[];
}
export type Classification = C | CategoryFromRecord;

/**
 * Every field of every output type of the supergraph, by schema coordinate, in one category. A
 * relationship field has the category of what it leads to. A test composes the supergraph and
 * fails on any field missing here, so no field ships unclassified.
 */
export const classification: Record<string, Record<string, Classification>> = {
  Query: {
    dossier: C.CASE_ADMIN, dossiers: C.CASE_ADMIN, safeHomes: C.REFERENCE, safeHome: C.REFERENCE, organisation: C.REFERENCE,
    anonymousConsults: C.ANONYMOUS_CONSULT, person: C.IDENTITY, riskInstruments: C.REFERENCE,
    referredFamiliesPerYear: C.AGGREGATE, referredFamilies: C.AGGREGATE, consultsPerYear: C.AGGREGATE,
    childrenInvolvement: C.AGGREGATE, riskLevelDistribution: C.AGGREGATE,
    referralSources: C.AGGREGATE, dossierDurationByTrack: C.AGGREGATE,
    disclosures: C.AUDIT, auditChainStatus: C.AUDIT, subjectAccessReport: C.AUDIT, breakGlassQueue: C.AUDIT, overdueActions: C.PLAN,
    trustedDocuments: C.DATA_FLOW,
  },
  // A mutation is checked with its action (policy/ability.ts) on its category, for the record it writes.
  Mutation: {
    reviewBreakGlass: C.AUDIT, decideTrustedDocument: C.DATA_FLOW, referFamily: C.CASE_ADMIN, linkReferral: C.CASE_ADMIN, recordAnonymousConsult: C.ANONYMOUS_CONSULT, startIntake: C.CASE_ADMIN,
    weighDossier: C.CASE_ADMIN, closeDossier: C.CASE_ADMIN, scheduleCaseConsultation: C.CONSULTATION, recordCaseConsultation: C.CONSULTATION,
    withdrawFromCaseConsultation: C.CONSULTATION, planAction: C.PLAN, reportActionProgress: C.PLAN, shareInformation: { fromRecord: 'category', among: shareableCategories },
    assessRisk: C.RISK,
  },
  Dossier: {
    id: C.CASE_ADMIN, code: C.CASE_ADMIN, track: C.CASE_ADMIN, status: C.CASE_ADMIN, referralSource: C.CASE_ADMIN,
    referralDate: C.CASE_ADMIN, caseManager: C.CASE_ADMIN, closedOn: C.CASE_ADMIN, outcome: C.CASE_ADMIN, version: C.CASE_ADMIN, referrals: C.CASE_NARRATIVE,
    safeHome: C.CASE_ADMIN, referredBy: C.CASE_ADMIN,
    situation: C.CASE_NARRATIVE, weighing: C.CASE_NARRATIVE, infoSharing: C.CASE_NARRATIVE,
    caseConsultations: C.CONSULTATION, actionPlan: C.PLAN, executionNotes: C.PLAN,
    persons: C.IDENTITY, riskAssessments: C.RISK, currentRiskLevel: C.RISK, possibleMatches: C.REFERRAL_TRIAGE,
  },
  SafeHome: { id: C.REFERENCE, name: C.REFERENCE, codePrefix: C.REFERENCE, province: C.REFERENCE, organisations: C.REFERENCE },
  Organisation: { id: C.REFERENCE, name: C.REFERENCE, type: C.REFERENCE, safeHome: C.REFERENCE },
  SituationDescription: { summary: C.CASE_NARRATIVE, violenceForms: C.CASE_NARRATIVE, recordedOn: C.CASE_NARRATIVE },
  Weighing: { decidedOn: C.CASE_NARRATIVE, track: C.CASE_NARRATIVE, rationale: C.CASE_NARRATIVE },
  InfoSharingItem: {
    id: C.KEY, category: C.CASE_ADMIN, legalBasis: C.CASE_ADMIN, content: { fromRecord: 'category', among: shareableCategories }, sharedOn: C.CASE_ADMIN,
    organisation: C.CASE_ADMIN,
  },
  Referral: {
    id: C.CASE_ADMIN, referredOn: C.CASE_ADMIN, incidentOn: C.CASE_ADMIN, source: C.CASE_ADMIN, referredBy: C.CASE_ADMIN, summary: C.CASE_NARRATIVE,
    repeatWithinYear: C.RISK,
  },
  ReferralOutcome: { dossier: C.CASE_ADMIN, linkedToExistingDossier: C.CASE_ADMIN, referral: C.CASE_ADMIN },
  CaseConsultation: {
    id: C.KEY, status: C.CONSULTATION, plannedOn: C.CONSULTATION, heldOn: C.CONSULTATION, personsInformed: C.CONSULTATION,
    personsConsented: C.CONSULTATION, notInformedReason: C.CONSULTATION, decisions: C.CASE_NARRATIVE, version: C.CONSULTATION,
    invited: C.CONSULTATION, participants: C.CONSULTATION,
  },
  ActionPlanItem: { id: C.KEY, description: C.PLAN, dueOn: C.PLAN, status: C.PLAN, version: C.PLAN, owner: C.PLAN, overdue: C.PLAN, dossier: C.PLAN },
  ActionPlanItemConnection: { nodes: C.PLAN, pageInfo: C.REFERENCE },
  ExecutionNote: { id: C.KEY, note: C.PLAN, recordedOn: C.PLAN, organisation: C.PLAN },
  DossierConnection: { nodes: C.CASE_ADMIN, pageInfo: C.REFERENCE, totalCount: C.CASE_ADMIN },
  PageInfo: { hasNextPage: C.REFERENCE, endCursor: C.REFERENCE },
  AnonymousConsultConnection: { nodes: C.ANONYMOUS_CONSULT, pageInfo: C.REFERENCE },
  AnonymousConsult: { id: C.ANONYMOUS_CONSULT, consultedOn: C.ANONYMOUS_CONSULT, askerOrganisationType: C.ANONYMOUS_CONSULT, topic: C.ANONYMOUS_CONSULT, safeHome: C.ANONYMOUS_CONSULT },
  DossierPerson: { role: C.IDENTITY, person: C.IDENTITY },
  Person: {
    id: C.KEY, givenName: C.IDENTITY, familyName: C.IDENTITY, birthDate: C.IDENTITY, nationalNumber: C.NATIONAL_NUMBER,
    phone: C.CONTACT, email: C.CONTACT, addressProtected: C.IDENTITY, address: C.LOCATION, riskHistory: C.RISK,
  },
  Address: { street: C.LOCATION, postalCode: C.LOCATION, municipality: C.LOCATION },
  RiskAssessment: {
    id: C.KEY, score: C.RISK, computedLevel: C.RISK, judgementLevel: C.RISK, judgementRationale: C.RISK, level: C.RISK, redFlagged: C.RISK,
    escalation: C.RISK, assessedOn: C.RISK,
    instrument: C.RISK, answers: C.RISK, subject: C.IDENTITY, assessor: C.RISK,
  },
  RiskInstrumentVersion: {
    id: C.REFERENCE, code: C.REFERENCE, version: C.REFERENCE, name: C.REFERENCE, mediumThreshold: C.REFERENCE,
    highThreshold: C.REFERENCE, publishedOn: C.REFERENCE, items: C.REFERENCE,
  },
  RiskInstrumentItem: { code: C.REFERENCE, text: C.REFERENCE, kind: C.REFERENCE, weight: C.REFERENCE, redFlag: C.REFERENCE },
  RiskAnswer: { itemCode: C.RISK, present: C.RISK },
  YearCount: { year: C.AGGREGATE, count: C.AGGREGATE, suppressed: C.AGGREGATE },
  ReferredFamiliesCell: { year: C.AGGREGATE, safeHome: C.AGGREGATE, track: C.AGGREGATE, count: C.AGGREGATE, suppressed: C.AGGREGATE },
  ChildrenInvolvement: { year: C.AGGREGATE, families: C.AGGREGATE, withChildren: C.AGGREGATE, share: C.AGGREGATE, suppressed: C.AGGREGATE },
  RiskLevelCount: { level: C.AGGREGATE, count: C.AGGREGATE, suppressed: C.AGGREGATE },
  ReferralSourceCount: { year: C.AGGREGATE, source: C.AGGREGATE, count: C.AGGREGATE, suppressed: C.AGGREGATE },
  TrackDuration: { track: C.AGGREGATE, count: C.AGGREGATE, averageDays: C.AGGREGATE, medianDays: C.AGGREGATE, suppressed: C.AGGREGATE },
  Disclosure: {
    seq: C.AUDIT, occurredAt: C.AUDIT, requestId: C.AUDIT, traceId: C.AUDIT, actorSubject: C.AUDIT, organisation: C.AUDIT, role: C.AUDIT,
    purpose: C.AUDIT, operationName: C.AUDIT, documentHash: C.AUDIT, documentId: C.AUDIT, kind: C.AUDIT, subjectType: C.AUDIT, subjectId: C.AUDIT, fields: C.AUDIT,
    denied: C.AUDIT, outcome: C.AUDIT, breakGlass: C.AUDIT, justification: C.AUDIT, hiddenUntil: C.AUDIT,
  },
  DisclosedField: { field: C.AUDIT, category: C.AUDIT, rules: C.AUDIT, legalBasis: C.AUDIT },
  DeniedField: { field: C.AUDIT, reason: C.AUDIT },
  DisclosureConnection: { nodes: C.AUDIT, pageInfo: C.REFERENCE, totalCount: C.AUDIT },
  AuditChainStatus: { intact: C.AUDIT, lines: C.AUDIT, roots: C.AUDIT, firstBrokenLine: C.AUDIT, reason: C.AUDIT },
  SubjectAccessEntry: { occurredAt: C.AUDIT, organisation: C.AUDIT, role: C.AUDIT, purpose: C.AUDIT, outcome: C.AUDIT, record: C.AUDIT, categories: C.AUDIT, legalBasis: C.AUDIT },
  SubjectAccessReport: { personId: C.AUDIT, generatedAt: C.AUDIT, entries: C.AUDIT },
  BreakGlassRequest: {
    requestId: C.AUDIT, occurredAt: C.AUDIT, actorSubject: C.AUDIT, organisation: C.AUDIT, role: C.AUDIT, purpose: C.AUDIT, justification: C.AUDIT, lines: C.AUDIT,
  },
  BreakGlassRequestConnection: { nodes: C.AUDIT, pageInfo: C.REFERENCE, totalCount: C.AUDIT },
  BreakGlassReview: { requestId: C.AUDIT, verdict: C.AUDIT, note: C.AUDIT, reviewerSubject: C.AUDIT, reviewedAt: C.AUDIT },
  TrustedDocument: {
    documentId: C.DATA_FLOW, application: C.DATA_FLOW, operationName: C.DATA_FLOW, body: C.DATA_FLOW, status: C.DATA_FLOW, note: C.DATA_FLOW,
    decidedBy: C.DATA_FLOW, decidedAt: C.DATA_FLOW, registeredAt: C.DATA_FLOW, dataFlow: C.DATA_FLOW,
  },
  DocumentDataFlow: { organisationType: C.DATA_FLOW, role: C.DATA_FLOW, purpose: C.DATA_FLOW, reads: C.DATA_FLOW, writes: C.DATA_FLOW, breakGlassReads: C.DATA_FLOW },
  FlowField: {
    field: C.DATA_FLOW, action: C.DATA_FLOW, allowed: C.DATA_FLOW, category: C.DATA_FLOW, declaredCategories: C.DATA_FLOW, persons: C.DATA_FLOW, rules: C.DATA_FLOW,
    exceptRules: C.DATA_FLOW, legalBasis: C.DATA_FLOW,
  },
  TrustedDocumentConnection: { nodes: C.DATA_FLOW, pageInfo: C.REFERENCE, totalCount: C.DATA_FLOW },
  Application: { id: C.DATA_FLOW, name: C.DATA_FLOW, organisation: C.DATA_FLOW, role: C.DATA_FLOW, purposes: C.DATA_FLOW, revokedAt: C.DATA_FLOW },
};

export function classify(typeName: string, fieldName: string): Classification | undefined {
  return classification[typeName]?.[fieldName];
}
