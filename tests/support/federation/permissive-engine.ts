import { PolicyEngine } from '../../../gateway/policy-engine';

/**
 * A policy that lets every actor read every field: the gateway with nothing to refuse. It names
 * reviews and users by id in the disclosure log, so the operation is still rewritten (`__audit_id`,
 * also inside fragments on the Account interface) as the hub's persons and dossiers make it.
 */
export const permissiveEngine: PolicyEngine = {
  forActor: () => ({ refusal: () => null, grantingRule: () => null }),
  auditedTypes: new Set(['Review', 'User']),
  isRecordChecked: () => false,
  categoryOf: () => undefined,
  legalBasesOf: () => [],
  mayBreakGlass: () => false,
  mayHoldFromSubjectAccess: () => false,
};
