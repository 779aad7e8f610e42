import type { Language } from '../common/language';

/**
 * The policy's codes a log line carries (purposes, roles, data categories, outcomes, kinds of
 * record) in words, in Dutch and English. A code the page does not know yet is shown as it is.
 */
const words: Record<string, Record<string, Record<Language, string>>> = {
  purpose: {
    CASE_MANAGEMENT: { nl: 'casusregie', en: 'case management' },
    CASE_CONSULTATION: { nl: 'casusoverleg', en: 'case consultation' },
    RISK_ASSESSMENT: { nl: 'risicotaxatie', en: 'risk assessment' },
    REFERRAL: { nl: 'aanmelding', en: 'referral' },
    STATISTICS: { nl: 'statistiek', en: 'statistics' },
    AUDIT: { nl: 'toezicht op de gegevensbescherming', en: 'data protection oversight' },
  },
  role: {
    SAFE_HOME_COORDINATOR: { nl: 'coördinator Veilig Huis', en: 'Safe Home coordinator' },
    CASE_MANAGER: { nl: 'casusregisseur', en: 'case manager' },
    PSYCHOLOGIST: { nl: 'psycholoog', en: 'psychologist' },
    CHILD_PSYCHOLOGIST: { nl: 'kinderpsycholoog', en: 'child psychologist' },
    LIAISON_OFFICER: { nl: 'verbindingsofficier', en: 'liaison officer' },
    POLICE_LIAISON: { nl: 'politiereferent', en: 'police liaison' },
    PROSECUTOR: { nl: 'parketmagistraat', en: 'prosecutor' },
    JUSTICE_ASSISTANT: { nl: 'justitieassistent', en: 'justice assistant' },
    SOCIAL_WORKER: { nl: 'maatschappelijk werker', en: 'social worker' },
    CLINICIAN: { nl: 'hulpverlener geestelijke gezondheidszorg', en: 'mental health clinician' },
    CHILD_WELFARE_WORKER: { nl: 'consulent jeugdhulp', en: 'child welfare worker' },
    STATISTICIAN: { nl: 'statisticus', en: 'statistician' },
    DPO: { nl: 'functionaris voor gegevensbescherming', en: 'data protection officer' },
    CENTRAL_DPO: { nl: 'centrale functionaris voor gegevensbescherming', en: 'central data protection officer' },
  },
  category: {
    KEY: { nl: 'sleutels', en: 'record identifiers' },
    REFERENCE: { nl: 'referentiegegevens', en: 'reference data' },
    CASE_ADMIN: { nl: 'administratieve dossiergegevens', en: 'administrative facts of a dossier' },
    IDENTITY: { nl: 'identiteit', en: 'identity' },
    NATIONAL_NUMBER: { nl: 'rijksregisternummer', en: 'national register number' },
    CONTACT: { nl: 'contactgegevens', en: 'contact details' },
    LOCATION: { nl: 'verblijfplaats', en: 'address' },
    HEALTH: { nl: 'gezondheid (AVG art. 9)', en: 'health (GDPR art. 9)' },
    JUDICIAL: { nl: 'gerechtelijke gegevens (AVG art. 10)', en: 'judicial data (GDPR art. 10)' },
    CASE_NARRATIVE: { nl: 'verloop van de casus', en: 'case narrative' },
    RISK: { nl: 'risico', en: 'risk' },
    PLAN: { nl: 'actieplan', en: 'action plan' },
    CONSULTATION: { nl: 'casusoverleg', en: 'case consultation' },
    REFERRAL_TRIAGE: { nl: 'triage van aanmeldingen', en: 'referral triage' },
    ANONYMOUS_CONSULT: { nl: 'anoniem consult', en: 'anonymous consult' },
    AGGREGATE: { nl: 'geaggregeerde cijfers', en: 'aggregate figures' },
    AUDIT: { nl: 'logboek', en: 'audit log' },
    DATA_FLOW: { nl: 'gegevensstromen', en: 'data flows' },
  },
  outcome: {
    DISCLOSED: { nl: 'vrijgegeven', en: 'disclosed' },
    PARTIAL: { nl: 'deels vrijgegeven, deels geweigerd', en: 'partly disclosed, partly refused' },
    DENIED: { nl: 'geweigerd', en: 'refused' },
    NOTHING: { nl: 'geen persoonsgegevens', en: 'no personal data' },
    WRITTEN: { nl: 'geschreven of gewijzigd', en: 'written or changed' },
  },
  record: {
    Person: { nl: 'persoon', en: 'person' },
    Dossier: { nl: 'dossier', en: 'dossier' },
    AnonymousConsult: { nl: 'anoniem consult', en: 'anonymous consult' },
    BreakGlassRequest: { nl: 'break-glassverzoek', en: 'break-glass request' },
    TrustedDocument: { nl: 'vertrouwd document', en: 'trusted document' },
    Application: { nl: 'toepassing', en: 'application' },
  },
  verdict: {
    JUSTIFIED: { nl: 'gerechtvaardigd', en: 'justified' },
    UNJUSTIFIED: { nl: 'niet gerechtvaardigd', en: 'not justified' },
  },
};

export type Vocabulary = keyof typeof words;

/** A code in words in this language; the code itself when the page has no words for it. */
export const inWords = (language: Language, vocabulary: Vocabulary, code: string | null | undefined): string => (code ? (words[vocabulary][code]?.[language] ?? code) : '—');

/** The codes of a vocabulary, in the page's order (for a filter's choices). */
export const codesOf = (vocabulary: Vocabulary): string[] => Object.keys(words[vocabulary]);
