import { Actor } from './actor';
import { defineAbilityFor, HubAbility, rulesApplyingTo } from './ability';
import { Action } from './actions';
import { classify } from './classification';
import { LegalBasis, legalBasis } from './legal-bases';
import { RecordAttributes } from './record-attributes';
import { conditionDescriptions } from './labels';
import { rules } from './rules';

export interface Explanation {
  allowed: boolean;
  /** The policy rule that decided, if one did. */
  rule?: string;
  legalBasis: LegalBasis[];
  /** A sentence for a caller or a DPO: why this was allowed or refused. */
  reason: string;
}

/** A record to check: its GraphQL type and its attributes (omit for a type-level question). */
export interface Subject {
  typeName: string;
  record?: RecordAttributes;
}

function categoryOf(typeName: string, field: string, record?: RecordAttributes): string {
  const found = classify(typeName, field);
  if (found === undefined) return 'an unclassified field';
  return typeof found === 'object' ? record?.category ?? 'a category its record declares' : found;
}

/**
 * Why an actor may or may not perform an action on a field of a subject: the rule and legal basis
 * behind an allow; for a refusal, the deny rule, or what the rules that could grant it require.
 */
export function explain(actor: Actor, action: Action, { typeName, record }: Subject, field: string, ability: HubAbility = defineAbilityFor(actor)): Explanation {
  const target = record ? { ...record, __typename: typeName } : typeName;
  const decided = ability.relevantRuleFor(action, target, field);
  const policyRule = decided?.reason ? rules.find((rule) => rule.id === decided.reason) : undefined;
  const coordinate = `${typeName}.${field}`;
  const category = categoryOf(typeName, field, record);
  if (decided && !decided.inverted && policyRule) {
    return { allowed: true, rule: policyRule.id, legalBasis: policyRule.legalBasis.map(legalBasis), reason: `allowed by rule ${policyRule.id}` };
  }
  if (decided?.inverted && policyRule) {
    return { allowed: false, rule: policyRule.id, legalBasis: policyRule.legalBasis.map(legalBasis), reason: `${coordinate} (${category}) is refused: ${policyRule.description}` };
  }
  const candidates = rulesApplyingTo(actor).filter(
    (rule) => rule.effect === 'allow' && rule.actions.includes(action) && ability.can(action, typeName, field) && rule.categories.some((c) => c === category),
  );
  if (candidates.length) {
    const needs = [...new Set(candidates.flatMap((rule) => rule.conditions))].map((name) => conditionDescriptions[name]);
    return { allowed: false, legalBasis: [], reason: `${coordinate} (${category}) is refused for this record: it is shared only when ${needs.join(' and ')}` };
  }
  return {
    allowed: false,
    legalBasis: [],
    reason: `${coordinate} (${category}) is refused: no rule lets a ${actor.role} of a ${actor.organisationType} ${action} it for ${actor.purpose}`,
  };
}
