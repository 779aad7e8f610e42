import type { Action } from './actions';
import { DataCategory as C } from './categories';
import { LegalBasisId } from './legal-bases';
import { OrganisationType as O } from './organisation-types';
import { Purpose as P } from './purposes';
import { Role as R } from './roles';

/**
 * Conditions a rule can put on the record, by name. Each is read against the record's attributes
 * (record-attributes.ts); the actor's own attributes fill them in. In plain words: labels.ts.
 */
export type ConditionName =
  | 'sameSafeHome'
  | 'consultationParticipant'
  | 'dossierOpen'
  | 'personIsAllegedPerpetrator'
  | 'personIsVictimOrChild'
  | 'actionOwner'
  | 'addressProtected'
  | 'auditLineOfOwnRegion'
  | 'applicationOfOwnRegion';

export interface Rule {
  id: string;
  description: string;
  /** allow grants; deny takes away what allow rules would grant, whatever they are. */
  effect: 'allow' | 'deny';
  organisationTypes: readonly O[];
  /** Omitted: every role of those organisation types. */
  roles?: readonly R[];
  purposes: readonly P[];
  actions: readonly Action[];
  categories: readonly C[];
  conditions: readonly ConditionName[];
  legalBasis: readonly LegalBasisId[];
  /** Applies only when the actor declares an emergency for the request, with a written justification. */
  breakGlass?: true;
}

const partners = [O.POLICE, O.PROSECUTION, O.JUSTICE_HOUSE, O.CAW, O.CGG, O.OCMW, O.OPGROEIEN, O.VK, O.OTHER];
const safeHomeCaseWorkers = [R.SAFE_HOME_COORDINATOR, R.CASE_MANAGER, R.PSYCHOLOGIST, R.CHILD_PSYCHOLOGIST, R.LIAISON_OFFICER];
const casePurposes = [P.CASE_MANAGEMENT, P.CASE_CONSULTATION, P.RISK_ASSESSMENT, P.REFERRAL];
const allOrganisations = Object.values(O);
const allPurposes = Object.values(P);

/**
 * The decree as rules. A field whose category its record declares (an information item) is
 * granted by a rule only for records declared as one of the rule's categories. Read them as: effect — who (organisation type, role) — for which purposes
 * — may read which categories — of which records (conditions) — on which legal basis.
 */
export const rules: readonly Rule[] = [
  {
    id: 'reference-data',
    description: 'Anyone authenticated reads non-personal reference data.',
    effect: 'allow', organisationTypes: allOrganisations, purposes: allPurposes, actions: ['read'],
    categories: [C.REFERENCE], conditions: [], legalBasis: ['gdpr-6-1-e'],
  },
  {
    id: 'safe-home-team-own-region',
    description: "The Safe Home's case workers read the whole case file of their own region's dossiers, open or closed, except health and judicial information.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: safeHomeCaseWorkers, purposes: casePurposes, actions: ['read'],
    categories: [C.KEY, C.CASE_ADMIN, C.IDENTITY, C.NATIONAL_NUMBER, C.CONTACT, C.LOCATION, C.CASE_NARRATIVE, C.RISK, C.PLAN, C.CONSULTATION],
    conditions: ['sameSafeHome'], legalBasis: ['vh-decree-personal-data', 'vh-decree-art2-5', 'gdpr-6-1-e'],
  },
  {
    id: 'safe-home-clinicians-health',
    description: "The Safe Home's psychologists record and read health information of their own region's dossiers.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.PSYCHOLOGIST, R.CHILD_PSYCHOLOGIST], purposes: casePurposes, actions: ['read', 'create'],
    categories: [C.HEALTH], conditions: ['sameSafeHome'], legalBasis: ['vh-decree-personal-data', 'gdpr-9-2-g'],
  },
  {
    id: 'safe-home-judicial-need-to-know',
    description: "The Safe Home's coordinator and case managers read the judicial information shared in their own region's dossiers.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.SAFE_HOME_COORDINATOR, R.CASE_MANAGER], purposes: casePurposes, actions: ['read'],
    categories: [C.JUDICIAL], conditions: ['sameSafeHome'], legalBasis: ['sw-458ter', 'gdpr-10'],
  },
  {
    id: 'safe-home-anonymous-consults',
    description: "The Safe Home's team reads its region's anonymous consults (no personal data).",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: safeHomeCaseWorkers, purposes: [P.CASE_MANAGEMENT], actions: ['read'],
    categories: [C.ANONYMOUS_CONSULT], conditions: ['sameSafeHome'], legalBasis: ['vh-decree-personal-data'],
  },
  {
    id: 'core-partner-own-region',
    description: "Core partners learn which open dossiers of their own region exist and their administrative facts, no case content. After closure only the Safe Home's team reads a dossier.",
    effect: 'allow', organisationTypes: partners, purposes: [P.CASE_CONSULTATION, P.REFERRAL, P.RISK_ASSESSMENT], actions: ['read'],
    categories: [C.CASE_ADMIN], conditions: ['sameSafeHome', 'dossierOpen'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'],
  },
  {
    id: 'consultation-participants-case-content',
    description: "Organisations taking part in an open dossier's case consultation read its case content, for the purposes of that consultation.",
    effect: 'allow', organisationTypes: partners, purposes: [P.CASE_CONSULTATION, P.RISK_ASSESSMENT], actions: ['read'],
    categories: [C.KEY, C.IDENTITY, C.CONTACT, C.LOCATION, C.CASE_NARRATIVE, C.RISK, C.PLAN, C.CONSULTATION],
    conditions: ['sameSafeHome', 'consultationParticipant', 'dossierOpen'], legalBasis: ['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'],
  },
  {
    id: 'participants-judicial-need-to-know',
    description: 'Police and prosecution taking part in an open case consultation share judicial information in it and read what is shared there.',
    effect: 'allow', organisationTypes: [O.POLICE, O.PROSECUTION], purposes: [P.CASE_CONSULTATION], actions: ['read', 'create'],
    categories: [C.JUDICIAL], conditions: ['sameSafeHome', 'consultationParticipant', 'dossierOpen'],
    legalBasis: ['sw-458ter', 'gdpr-10'],
  },
  {
    id: 'participating-cgg-health',
    description: 'The CGG taking part in an open case consultation shares health information in it and reads what is shared there.',
    effect: 'allow', organisationTypes: [O.CGG], roles: [R.CLINICIAN], purposes: [P.CASE_CONSULTATION], actions: ['read', 'create'],
    categories: [C.HEALTH], conditions: ['sameSafeHome', 'consultationParticipant', 'dossierOpen'],
    legalBasis: ['sw-458ter', 'gdpr-9-2-g'],
  },
  {
    id: 'safe-home-case-management',
    description: "The Safe Home's coordinator and case managers do the case work of their own region's dossiers: register referrals and link a referral into the family's open dossier, start the intake, weigh and assign a track, plan and record case consultations, draw up and follow the action plan, add case information, and close dossiers.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.SAFE_HOME_COORDINATOR, R.CASE_MANAGER], purposes: casePurposes, actions: ['create', 'update'],
    categories: [C.CASE_ADMIN, C.CASE_NARRATIVE, C.CONSULTATION, C.PLAN], conditions: ['sameSafeHome'],
    legalBasis: ['vh-decree-personal-data', 'vh-decree-case-consultation', 'gdpr-6-1-e'],
  },
  {
    id: 'safe-home-team-records',
    description: "The Safe Home's case workers record risk assessments and case information in their own region's dossiers, and the anonymous consults they give.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: safeHomeCaseWorkers, purposes: casePurposes, actions: ['create'],
    categories: [C.RISK, C.CASE_NARRATIVE, C.ANONYMOUS_CONSULT], conditions: ['sameSafeHome'], legalBasis: ['vh-decree-personal-data', 'gdpr-6-1-e'],
  },
  {
    id: 'safe-home-triages-referrals',
    description: "The Safe Home's coordinator and case managers see which other open dossiers of their region possibly hold a dossier's persons, to triage a referral and link it into the family's open dossier; no partner learns this from a referral.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.SAFE_HOME_COORDINATOR, R.CASE_MANAGER], purposes: casePurposes, actions: ['read'],
    categories: [C.REFERRAL_TRIAGE], conditions: ['sameSafeHome'], legalBasis: ['vh-decree-personal-data', 'gdpr-6-1-e'],
  },
  {
    id: 'partners-refer-families',
    description: "A partner refers a family to the Safe Home of its own region, with the persons involved and the situation: always a new dossier, never written into one the family may already have, and the partner is told nothing of one; the Safe Home's team triages it and links it.",
    effect: 'allow', organisationTypes: partners, purposes: [P.REFERRAL], actions: ['create'],
    categories: [C.CASE_ADMIN], conditions: ['sameSafeHome'], legalBasis: ['vh-decree-art2-8', 'vh-decree-personal-data', 'gdpr-6-1-e'],
  },
  {
    id: 'consultation-participants-contribute',
    description: "Organisations taking part in an open dossier's case consultation record risk assessments in it and share case information (not health or judicial information, which have rules of their own).",
    effect: 'allow', organisationTypes: partners, purposes: [P.CASE_CONSULTATION, P.RISK_ASSESSMENT], actions: ['create'],
    categories: [C.RISK, C.CASE_NARRATIVE], conditions: ['sameSafeHome', 'consultationParticipant', 'dossierOpen'],
    legalBasis: ['sw-458ter', 'vh-decree-art2-4', 'vh-decree-case-consultation'],
  },
  {
    id: 'action-owners-report-progress',
    description: 'A partner that owns an action of the action plan reports its progress, while it takes part in the open case consultation.',
    effect: 'allow', organisationTypes: partners, purposes: [P.CASE_CONSULTATION], actions: ['update'],
    categories: [C.PLAN], conditions: ['sameSafeHome', 'consultationParticipant', 'dossierOpen', 'actionOwner'],
    legalBasis: ['sw-458ter', 'vh-decree-case-consultation'],
  },
  {
    id: 'justice-house-perpetrator-identity',
    description: "A justice house, whose mandate is the alleged perpetrator's, reads that person's identity in its own region's open dossiers.",
    effect: 'allow', organisationTypes: [O.JUSTICE_HOUSE], purposes: [P.CASE_CONSULTATION, P.REFERRAL], actions: ['read'],
    categories: [C.KEY, C.IDENTITY], conditions: ['sameSafeHome', 'dossierOpen', 'personIsAllegedPerpetrator'], legalBasis: ['vh-decree-art2-8', 'gdpr-6-1-e'],
  },
  {
    id: 'victim-location-never-to-justice-house',
    description: "A victim's (and the children's) address and contact are never disclosed to a justice house, a perpetrator-oriented service: not through any dossier, whatever the person's role there, once the person is a victim or a child in one.",
    effect: 'deny', organisationTypes: [O.JUSTICE_HOUSE], purposes: allPurposes, actions: ['read'],
    categories: [C.CONTACT, C.LOCATION], conditions: ['personIsVictimOrChild'], legalBasis: ['sw-458ter'],
  },
  {
    id: 'protected-address-stays-with-safe-home-team',
    description: "A protected address (a victim's safe address) never leaves the Safe Home's own team: no partner reads it, in a case consultation or under break-glass, whatever the person's role in any dossier.",
    effect: 'deny', organisationTypes: partners, purposes: allPurposes, actions: ['read'],
    categories: [C.LOCATION], conditions: ['addressProtected'], legalBasis: ['sw-458ter', 'vh-decree-personal-data'],
  },
  {
    id: 'break-glass-own-region',
    description: "In an emergency, declared with a written justification, the Safe Home's coordinator and case managers and the police liaison read the whole case file of their own region's dossiers, open or closed, health and judicial information included. Every such disclosure is flagged and reviewed by the DPO.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME, O.POLICE], roles: [R.SAFE_HOME_COORDINATOR, R.CASE_MANAGER, R.POLICE_LIAISON],
    purposes: casePurposes, actions: ['read'],
    categories: [C.KEY, C.CASE_ADMIN, C.IDENTITY, C.NATIONAL_NUMBER, C.CONTACT, C.LOCATION, C.HEALTH, C.JUDICIAL, C.CASE_NARRATIVE, C.RISK, C.PLAN, C.CONSULTATION],
    conditions: ['sameSafeHome'], legalBasis: ['sw-458ter', 'gdpr-9-2-g', 'gdpr-10'], breakGlass: true,
  },
  {
    id: 'statistics-aggregates',
    description: 'Statistics are aggregates only, for the central team and coordinators; nothing person-level.',
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.STATISTICIAN, R.SAFE_HOME_COORDINATOR], purposes: [P.STATISTICS], actions: ['read'],
    categories: [C.AGGREGATE], conditions: [], legalBasis: ['gdpr-89', 'vh-decree-personal-data'],
  },
  {
    id: 'dpo-audit-own-region',
    description: "A Safe Home's data protection officer reads the lines of the disclosure log that belong to its own region (the disclosures, break-glass requests and subject-access reports made of them), never case content. A line belongs to the region of the record it is about: a dossier's or an anonymous consult's Safe Home, or for a decision on a partner application or one of its trusted documents, the region of the application's organisation. A person may be in dossiers of several regions: a line about them belongs to the region of the organisation that read or wrote them if they have a dossier there (each region sees what it disclosed, not what another did), else to every region they have a dossier in (a disclosure across regions is never hidden from the regions whose data left). A line about no record (an answer without personal data, a refused break-glass attempt) belongs to the region of the organisation that asked. So a region's DPO sees every disclosure of its region's data and every break-glass request on its records, and nothing of another region's.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.DPO], purposes: [P.AUDIT], actions: ['read'],
    categories: [C.AUDIT], conditions: ['auditLineOfOwnRegion'], legalBasis: ['gdpr-30', 'gdpr-15', 'gdpr-39'],
  },
  {
    id: 'dpo-reviews-own-region-break-glass',
    description: "A Safe Home's data protection officer records the review of every break-glass request whose lines belong to its own region; another region's request is to it as one that does not exist.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.DPO], purposes: [P.AUDIT], actions: ['create'],
    categories: [C.AUDIT], conditions: ['auditLineOfOwnRegion'], legalBasis: ['gdpr-30', 'gdpr-39'],
  },
  {
    id: 'central-dpo-audit-all-regions',
    description: "The data protection officer of the Flemish central team, designated for the Safe Homes of all regions, reads the whole disclosure log, never case content.",
    effect: 'allow', organisationTypes: [O.CENTRAL_TEAM], roles: [R.CENTRAL_DPO], purposes: [P.AUDIT], actions: ['read'],
    categories: [C.AUDIT], conditions: [], legalBasis: ['gdpr-37-3', 'gdpr-39', 'gdpr-30', 'gdpr-15'],
  },
  {
    id: 'central-dpo-reviews-break-glass',
    description: 'The data protection officer of the Flemish central team records the review of a break-glass request of any region.',
    effect: 'allow', organisationTypes: [O.CENTRAL_TEAM], roles: [R.CENTRAL_DPO], purposes: [P.AUDIT], actions: ['create'],
    categories: [C.AUDIT], conditions: [], legalBasis: ['gdpr-37-3', 'gdpr-39', 'gdpr-30'],
  },
  {
    id: 'dpo-decides-own-region-data-flows',
    description: "A Safe Home's data protection officer reads the documents (operations) the partner applications of its own region's organisations registered, and approves or rejects each, with a note, before it may run: a data flow is authorised before it flows. Another region's application is to it as one that does not exist.",
    effect: 'allow', organisationTypes: [O.SAFE_HOME], roles: [R.DPO], purposes: [P.AUDIT], actions: ['read', 'update'],
    categories: [C.DATA_FLOW], conditions: ['applicationOfOwnRegion'], legalBasis: ['egov-decree-art8', 'gdpr-25', 'gdpr-39'],
  },
  {
    id: 'central-dpo-decides-data-flows',
    description: "The data protection officer of the Flemish central team reads and decides on the registered documents of every application: of every region's partners, of the central team's and of the hub's own pages.",
    effect: 'allow', organisationTypes: [O.CENTRAL_TEAM], roles: [R.CENTRAL_DPO], purposes: [P.AUDIT], actions: ['read', 'update'],
    categories: [C.DATA_FLOW], conditions: [], legalBasis: ['egov-decree-art8', 'gdpr-37-3', 'gdpr-25', 'gdpr-39'],
  },
];
