/** Data categories: every field of the supergraph belongs to exactly one (see classification.ts); in plain words: labels.ts. */
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
