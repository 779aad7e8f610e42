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
}

export type RecordAttribute = keyof RecordAttributes;

const dossierBound: RecordAttribute[] = ['safeHomeId', 'participantIds', 'dossierStatus'];
const personInDossier: RecordAttribute[] = [...dossierBound, 'personRole'];

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
  Person: personInDossier,
  Address: personInDossier,
  AnonymousConsult: ['safeHomeId'],
};

/**
 * What a mutation writes to: its dossier, the action it updates, the category of what it shares.
 * No record carries these for the guard: each mutation checks them itself, once it has read (and
 * locked) that record (subgraphs/common/write.ts).
 */
export const mutationTargetAttributes: readonly RecordAttribute[] = [...dossierBound, 'ownerOrganisationId', 'category'];

/** The attributes rule conditions on a type can look at: its records', or for Mutation, its targets'. */
export const attributesOf = (typeName: string): readonly RecordAttribute[] =>
  typeName === 'Mutation' ? mutationTargetAttributes : recordAttributes[typeName] ?? [];
