import { ActorPolicy, PolicyEngine } from '../gateway/policy-engine';
import { abilityFor, actionFor, Actor, auditedTypes, classify, explain, isRecordChecked, mayBreakGlass, mayHoldFromSubjectAccess, rules } from '../policy';

const ruleById = new Map(rules.map((rule) => [rule.id, rule]));

/** The actor's view of the policy: their CASL ability (built once per kind of actor) and `explain` for refusals. */
function forActor(actor: Actor): ActorPolicy {
  const ability = abilityFor(actor);
  return {
    refusal(typeName, fieldName) {
      const action = actionFor(typeName, fieldName);
      if (!action) return `${typeName}.${fieldName} is refused: the policy defines no action for it`;
      return ability.can(action, typeName, fieldName) ? null : explain(actor, action, { typeName }, fieldName, ability).reason;
    },
    grantingRule(typeName, fieldName) {
      const rule = ability.relevantRuleFor(actionFor(typeName, fieldName) ?? 'read', typeName, fieldName);
      return rule && !rule.inverted && rule.reason ? rule.reason : null;
    },
  };
}

/** The hub's policy (policy/) as the gateway asks for it. */
export const hubPolicyEngine: PolicyEngine = {
  forActor,
  auditedTypes,
  isRecordChecked,
  categoryOf(typeName, fieldName) {
    const classified = classify(typeName, fieldName);
    return typeof classified === 'object' ? { fromRecordField: classified.fromRecord } : classified;
  },
  legalBasesOf: (ruleIds) => [...new Set(ruleIds.flatMap((id) => ruleById.get(id)?.legalBasis ?? []))],
  mayBreakGlass,
  mayHoldFromSubjectAccess,
};
