/** Data categories: every field of the supergraph belongs to exactly one (see classification.ts). */
export enum DataCategory {
  /** Identifiers that only tell a record exists; readable wherever the record is. */
  KEY = 'KEY',
  /** Non-personal reference data: Safe Homes, organisations, risk instruments, paging. */
  REFERENCE = 'REFERENCE',
  /** Administrative facts of a dossier: code, track, status, dates, case manager. */
  CASE_ADMIN = 'CASE_ADMIN',
  IDENTITY = 'IDENTITY',
  NATIONAL_NUMBER = 'NATIONAL_NUMBER',
  CONTACT = 'CONTACT',
  /** Where a person lives or stays; for a victim, a protected (safe) address. */
  LOCATION = 'LOCATION',
  /** GDPR art. 9 data. */
  HEALTH = 'HEALTH',
  /** GDPR art. 10 data: police and prosecution information. */
  JUDICIAL = 'JUDICIAL',
  CASE_NARRATIVE = 'CASE_NARRATIVE',
  RISK = 'RISK',
  PLAN = 'PLAN',
  CONSULTATION = 'CONSULTATION',
  /** Which other open dossiers of the region possibly hold a dossier's persons: the Safe Home team's triage of referrals. */
  REFERRAL_TRIAGE = 'REFERRAL_TRIAGE',
  /** Track-1 consults: advice without personal data. */
  ANONYMOUS_CONSULT = 'ANONYMOUS_CONSULT',
  AGGREGATE = 'AGGREGATE',
  AUDIT = 'AUDIT',
  /** The applications registered with the hub, the documents each may run and the DPO's decisions on them: no personal data. */
  DATA_FLOW = 'DATA_FLOW',
}

export const categoryDescriptions: Record<DataCategory, string> = {
  KEY: 'record identifiers',
  REFERENCE: 'non-personal reference data (Safe Homes, organisations, instruments)',
  CASE_ADMIN: 'administrative facts of a dossier (code, track, status, dates)',
  IDENTITY: 'names, birth date and role of a person in the client system',
  NATIONAL_NUMBER: 'national register number',
  CONTACT: 'phone and e-mail',
  LOCATION: 'address, including a protected safe address',
  HEALTH: 'health information (GDPR art. 9)',
  JUDICIAL: 'judicial and police information (GDPR art. 10)',
  CASE_NARRATIVE: 'situation description, weighing rationale, decisions, notes, shared information',
  RISK: 'risk assessments and levels',
  PLAN: 'action plan and its execution',
  CONSULTATION: 'case consultations and their participants',
  REFERRAL_TRIAGE: "the region's other open dossiers that possibly hold a dossier's persons (the team's triage of referrals)",
  ANONYMOUS_CONSULT: 'anonymous track-1 consults (no personal data)',
  AGGREGATE: 'aggregate statistics',
  AUDIT: 'the disclosure audit log',
  DATA_FLOW: "the registered applications, the documents (operations) each may run and the DPO's decisions on them",
};
