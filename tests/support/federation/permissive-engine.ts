import { PolicyEngine } from '../../../gateway/policy-engine';

/** A policy that lets every actor read every field and audits no type by id: the gateway with nothing to enforce. */
export const permissiveEngine: PolicyEngine = {
  forActor: () => ({ refusal: () => null, grantingRule: () => null }),
  auditedTypes: new Set(),
  isRecordChecked: () => false,
  categoryOf: () => undefined,
  legalBasesOf: () => [],
  mayBreakGlass: () => false,
  mayHoldFromSubjectAccess: () => false,
};
