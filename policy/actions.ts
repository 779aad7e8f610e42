export type Action = 'read' | 'create' | 'update';

/**
 * What a mutation does, by its root field: it is checked with this action on its category, as
 * queries are with 'read'. A mutation without one here is refused.
 */
export const mutationActions: Record<string, Action> = {
  reviewBreakGlass: 'create',
  decideTrustedDocument: 'update',
  referFamily: 'create',
  linkReferral: 'update',
  recordAnonymousConsult: 'create',
  startIntake: 'update',
  weighDossier: 'update',
  scheduleCaseConsultation: 'create',
  recordCaseConsultation: 'update',
  withdrawFromCaseConsultation: 'update',
  planAction: 'create',
  reportActionProgress: 'update',
  shareInformation: 'create',
  assessRisk: 'create',
  closeDossier: 'update',
};

/** The action a field stands for: a mutation's own action for a Mutation root field, else read. */
export function actionFor(typeName: string, fieldName: string): Action | null {
  return typeName === 'Mutation' ? mutationActions[fieldName] ?? null : 'read';
}
