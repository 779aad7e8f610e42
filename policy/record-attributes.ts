/**
 * The attributes of a record that rule conditions can look at. Subgraphs attach them to every
 * record they resolve (from the policy.record facts views in SQL). A condition on an attribute a
 * type does not carry is checked on the records that field leads to, not on the type itself.
 */
export interface RecordAttributes {
  /** The Safe Home of the dossier the record belongs to. */
  safeHomeId?: string;
  /** Organisations that take part in the dossier's case consultation(s). */
  participantIds?: string[];
  dossierStatus?: string;
  /** The person's role in the dossier (persons and their addresses). */
  personRole?: string;
  /** The category an information item was shared as. */
  category?: string;
  /** The organisation that owns an action of the action plan. */
  ownerOrganisationId?: string;
  /** The person's address is a protected (safe) address; a person's own fact, the same in every dossier. */
  addressProtected?: boolean;
  /**
   * The Safe Home regions a line of the disclosure log (or a break-glass request, or a
   * subject-access entry made of such lines) belongs to; how they are decided is the rule
   * dpo-audit-own-region's description (rules.ts). For an application's trusted document, the
   * region of the application's organisation (none for the hub's own pages and the central team's).
   */
  regionIds?: string[];
}

export type RecordAttribute = keyof RecordAttributes;

const dossierBound: RecordAttribute[] = ['safeHomeId', 'participantIds', 'dossierStatus'];
const personInDossier: RecordAttribute[] = [...dossierBound, 'personRole'];
const personWithAddress: RecordAttribute[] = [...personInDossier, 'addressProtected'];

export const recordAttributes: Record<string, readonly RecordAttribute[]> = {
  Dossier: dossierBound,
  SituationDescription: dossierBound,
  Weighing: dossierBound,
  CaseConsultation: dossierBound,
  Referral: dossierBound,
  ActionPlanItem: dossierBound,
  ExecutionNote: dossierBound,
  RiskAssessment: dossierBound,
  RiskAnswer: dossierBound,
  InfoSharingItem: [...dossierBound, 'category'],
  DossierPerson: personInDossier,
  Person: personWithAddress,
  Address: personWithAddress,
  AnonymousConsult: ['safeHomeId'],
  Disclosure: ['regionIds'],
  BreakGlassRequest: ['regionIds'],
  SubjectAccessEntry: ['regionIds'],
  TrustedDocument: ['regionIds'],
};

/**
 * The fields through which a rule's condition on an attribute a record lacks (a dossier's persons
 * carry their role in it) is checked on the records they lead to. On any other field of the record,
 * a rule whose conditions the record cannot answer grants nothing: it would grant without its
 * condition, and make the record itself visible (an assessment reached only for its subject).
 */
export const recordLinks: Record<string, Record<string, string>> = {
  Dossier: { persons: 'DossierPerson', infoSharing: 'InfoSharingItem' },
  DossierPerson: { person: 'Person' },
};

/**
 * What a mutation writes to: its dossier, the action it updates, the category of what it shares,
 * the regions of the break-glass request it reviews or of the application whose document it decides on.
 * No record carries these for the guard: each mutation checks them itself, once it has read (and
 * locked) that record (subgraphs/common/write.ts).
 */
export const mutationTargetAttributes: readonly RecordAttribute[] = [...dossierBound, 'ownerOrganisationId', 'category', 'regionIds'];

/** The attributes rule conditions on a type can look at: its records', or for Mutation, its targets'. */
export const attributesOf = (typeName: string): readonly RecordAttribute[] =>
  typeName === 'Mutation' ? mutationTargetAttributes : recordAttributes[typeName] ?? [];

/** A type whose records the policy checks against their attributes (others are checked by type). */
export const isRecordChecked = (typeName: string) => (recordAttributes[typeName]?.length ?? 0) > 0;

/** The records the disclosure log names one line each for: the data subjects (persons) and the case files (dossiers). */
export const auditedTypes: ReadonlySet<string> = new Set(['Person', 'Dossier']);
