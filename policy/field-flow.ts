import { HubAbility } from './ability';
import { Action, actionFor } from './actions';
import { DataCategory } from './categories';
import { Classification, classify } from './classification';
import { LegalBasisId } from './legal-bases';
import { attributesOf, recordLinks } from './record-attributes';
import { ConditionName, Rule, rules } from './rules';

/**
 * What the policy says of one field to one kind of recipient (organisation type, role, purpose)
 * before any record is seen: whether some rule can ever let it through, under which rules, and
 * whose data it then is. A field for which `allowed` fails is refused whatever the records (by the
 * gateway up front; one whose category its record declares, on each record); the others are checked
 * record by record against the conditions of the rules named here.
 */
export interface FieldFlow {
  typeName: string;
  field: string;
  /** read, or for a mutation its own action; null for a mutation the policy gives no action (always refused). */
  action: Action | null;
  category: Classification | undefined;
  /**
   * Some allow rule can grant it; if not, it is never disclosed (null with FORBIDDEN) or never
   * written. Of a field whose category its record declares, only if a rule grants one it can be declared as.
   */
  allowed: boolean;
  /** The allow rules that can grant it (policy rule ids); empty when it is not allowed. */
  allowRules: string[];
  /** The deny rules that take it away from the records their conditions hold for. */
  denyRules: string[];
  /** For a field whose category its record declares: those it can be declared as that the allow rules grant. */
  declaredCategories?: DataCategory[];
  /** For a field about persons (or leading to them): whose, in words (the rules' conditions on the person). */
  persons?: string;
  legalBases: LegalBasisId[];
}

/** How a condition on the person narrows whose data a rule grants (allow) or takes away (deny); null for a condition on anything else. */
const personWords: Record<ConditionName, { allow: string; deny: string } | null> = {
  personIsAllegedPerpetrator: { allow: 'the alleged perpetrator only', deny: 'not the alleged perpetrator' },
  personIsVictimOrChild: { allow: 'victims and children only', deny: 'not of a victim or a child' },
  addressProtected: { allow: 'protected addresses only', deny: 'never a protected address' },
  sameSafeHome: null,
  consultationParticipant: null,
  dossierOpen: null,
  actionOwner: null,
  auditLineOfOwnRegion: null,
  applicationOfOwnRegion: null,
};

const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
const EVERY_PERSON = 'every person of the dossier';

/** A field of a type that carries the person's role, or one that leads to such records (a dossier's persons). */
function isAboutPersons(typeName: string, field: string): boolean {
  const carriesPerson = (name: string) => attributesOf(name).includes('personRole');
  const link = recordLinks[typeName]?.[field];
  return carriesPerson(typeName) || (link !== undefined && carriesPerson(link));
}

function personsInWords(allowing: Rule[], denying: Rule[]): string {
  const only = (rule: Rule) => rule.conditions.map((name) => personWords[name]?.allow).filter(Boolean).join(' and ') || EVERY_PERSON;
  const granted = allowing.map(only);
  const byRule = new Set(granted).size === 1 ? [granted[0]] : allowing.map((rule, index) => `${granted[index]} (${rule.id})`);
  const takenAway = denying.flatMap((rule) => rule.conditions.map((name) => personWords[name]?.deny).filter((words): words is string => !!words));
  return [...new Set([...byRule, ...takenAway])].join('; ');
}

const unique = <T>(values: T[]) => [...new Set(values)];

/** The flow of one field (its type's, as the gateway's pre-check sees it) for the recipient whose ability this is. */
export function fieldFlow(ability: HubAbility, typeName: string, field: string): FieldFlow {
  const action = actionFor(typeName, field);
  const category = classify(typeName, field);
  const base = { typeName, field, action, category };
  if (!action) return { ...base, allowed: false, allowRules: [], denyRules: [], legalBases: [] };
  const relevant = ability.rulesFor(action, typeName, field);
  const policyRules = (inverted: boolean) =>
    unique(relevant.filter((rule) => rule.inverted === inverted && rule.reason).map((rule) => rule.reason!))
      .map((id) => ruleById.get(id)!)
      .sort((a, b) => rules.indexOf(a) - rules.indexOf(b));
  // A category its record declares is one of a few: a rule granting none of them grants nothing on any record.
  const declaredCategories = typeof category === 'object' ? category.among.filter((c) => policyRules(false).some((rule) => rule.categories.includes(c))) : undefined;
  const allowed = ability.can(action, typeName, field) && declaredCategories?.length !== 0;
  const allowing = allowed ? policyRules(false).filter((rule) => !declaredCategories || rule.categories.some((c) => declaredCategories.includes(c))) : [];
  const denying = policyRules(true);
  return {
    ...base,
    allowed,
    allowRules: allowing.map((rule) => rule.id),
    denyRules: denying.map((rule) => rule.id),
    ...(declaredCategories && allowed ? { declaredCategories } : {}),
    ...(allowed && isAboutPersons(typeName, field) ? { persons: personsInWords(allowing, denying) } : {}),
    legalBases: unique(allowing.flatMap((rule) => rule.legalBasis)),
  };
}
