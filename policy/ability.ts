import { AbilityBuilder, createMongoAbility, MongoAbility, MongoQuery } from '@casl/ability';
import { LRUCache } from 'lru-cache';
import { Actor } from './actor';
import { DataCategory } from './categories';
import { CategoryFromRecord, Classification, classification } from './classification';
import { OrganisationType } from './organisation-types';
import { attributesOf, RecordAttribute, RecordAttributes, recordAttributes, recordLinks } from './record-attributes';
import { Action } from './actions';
import { ConditionName, Rule, rules } from './rules';

/** Subjects are GraphQL type names, or records of them tagged with their type and attributes. */
export type HubAbility = MongoAbility<[Action, string | (RecordAttributes & { __typename: string })]>;

/** What each named condition asks of a record's attributes, filled in with the actor's own. */
const conditionQuery: Record<ConditionName, (actor: Actor) => [RecordAttribute, MongoQuery]> = {
  sameSafeHome: (actor) => ['safeHomeId', { safeHomeId: actor.safeHomeId }],
  consultationParticipant: (actor) => ['participantIds', { participantIds: actor.organisationId }],
  // Positive lists only: a record that lacks the attribute never matches (fail closed).
  dossierOpen: () => ['dossierStatus', { dossierStatus: { $in: ['REFERRED', 'INTAKE', 'ACTIVE'] } }],
  personIsAllegedPerpetrator: () => ['personRole', { personRole: 'ALLEGED_PERPETRATOR' }],
  personIsVictimOrChild: () => ['personRole', { personRole: { $in: ['VICTIM', 'CHILD'] } }],
  actionOwner: (actor) => ['ownerOrganisationId', { ownerOrganisationId: actor.organisationId }],
  addressProtected: () => ['addressProtected', { addressProtected: true }],
  auditLineOfOwnRegion: (actor) => ['regionIds', { regionIds: actor.safeHomeId }],
  applicationOfOwnRegion: (actor) => ['regionIds', { regionIds: actor.safeHomeId }],
};

/**
 * The read rules that apply to the actor but cannot be evaluated on this record, because it lacks
 * an attribute they look at. Such rules never allow; the guard logs them by name.
 */
export function rulesMissingAttributes(actor: Actor, typeName: string, record: RecordAttributes): { rule: string; missing: RecordAttribute[] }[] {
  const carried = attributesOf(typeName);
  return rulesApplyingTo(actor)
    .filter((rule) => rule.actions.includes('read'))
    .map((rule) => ({
      rule: rule.id,
      missing: rule.conditions.map((name) => conditionQuery[name](actor)[0]).filter((attribute) => carried.includes(attribute) && record[attribute] === undefined),
    }))
    .filter(({ missing }) => missing.length > 0);
}

const ruleFits = (rule: Rule, actor: Actor) =>
  rule.organisationTypes.includes(actor.organisationType) && (!rule.roles || rule.roles.includes(actor.role)) && rule.purposes.includes(actor.purpose);

export function rulesApplyingTo(actor: Actor): Rule[] {
  return rules.filter((rule) => ruleFits(rule, actor) && (!rule.breakGlass || actor.breakGlass !== undefined));
}

/** Whether the policy names this actor's role (for this purpose) among those who may break the glass. */
export function mayBreakGlass(actor: Actor): boolean {
  return rules.some((rule) => rule.breakGlass && ruleFits(rule, actor));
}

const investigators: readonly OrganisationType[] = [OrganisationType.POLICE, OrganisationType.PROSECUTION];

/**
 * Whether the actor may keep what a request discloses out of the persons' subject-access reports
 * for a while (an investigation): police or prosecution, as the Dutch logging standard and
 * Estonia's data tracker allow.
 */
export const mayHoldFromSubjectAccess = (actor: Actor): boolean => investigators.includes(actor.organisationType);

const isFromRecord = (value: Classification): value is CategoryFromRecord => typeof value === 'object';

/**
 * The fields of a type a rule can grant: of a record that cannot answer some of the rule's conditions, only the fields leading
 * to records that can (checked there). Other types (the roots, connections) are checked by type;
 * their fields lead to the records that are checked.
 */
function fieldsUnder(typeName: string, uncarried: RecordAttribute[], fields: Record<string, Classification>): Record<string, Classification> {
  if (!uncarried.length || !recordAttributes[typeName]) return fields;
  const links = recordLinks[typeName] ?? {};
  const reachable = Object.keys(fields).filter((field) => links[field] && uncarried.every((attribute) => attributesOf(links[field]).includes(attribute)));
  return Object.fromEntries(reachable.map((field) => [field, fields[field]]));
}

/**
 * The fields of a type a rule grants, each with the conditions to check on the record. Conditions
 * on attributes the type does not carry are left to the records its fields lead to; a deny rule
 * only applies to types that carry every attribute it looks at.
 */
function grantsOnType(rule: Rule, actor: Actor, typeName: string, allFields: Record<string, Classification>) {
  const attributes = attributesOf(typeName);
  const parts = rule.conditions.map((name) => conditionQuery[name](actor));
  const uncarried = parts.map(([attribute]) => attribute).filter((attribute) => !attributes.includes(attribute));
  if (rule.effect === 'deny' && uncarried.length) return [];
  const fields = fieldsUnder(typeName, uncarried, allFields);
  const conditions = Object.assign({}, ...parts.filter(([attribute]) => attributes.includes(attribute)).map(([, query]) => query));
  const grants: { fields: string[]; conditions: MongoQuery }[] = [];
  const byCategory = (category: DataCategory) => Object.keys(fields).filter((field) => fields[field] === category);
  const staticFields = rule.categories.flatMap(byCategory);
  if (staticFields.length) grants.push({ fields: staticFields, conditions });
  const recordCategorised = Object.keys(fields).filter((field) => isFromRecord(fields[field]));
  if (recordCategorised.length) grants.push({ fields: recordCategorised, conditions: { ...conditions, category: { $in: [...rule.categories] } } });
  return grants;
}

/** The decision on a field of a record: allowed or not, and by which policy rule (its id), if one decided. */
export interface RecordDecision {
  allowed: boolean;
  rule?: string;
  /** The attribute set the decision was taken on (of the dossier that granted, or refused). */
  attributes: RecordAttributes;
}

/**
 * Decides an action on the fields of a record with one attribute set per dossier it is in (a
 * person in several dossiers, perhaps of several regions). Some set must grant a field, and a deny
 * rule that holds in any set refuses it: the most protective wins, so a grant through one dossier
 * never beats a deny from another.
 *
 * The answer for a field is CASL's relevantRuleFor on each set, but each rule's conditions are
 * matched once per set, however many fields are asked: the rules for the type are tried in CASL's
 * order, those that do not name the field skipped.
 */
export function decisionsOnRecord(ability: HubAbility, action: Action, typeName: string, sets: readonly RecordAttributes[]): (field?: string) => RecordDecision {
  const candidates = ability.possibleRulesFor(action, typeName);
  const subjects = sets.map((attributes) => ({ ...attributes, __typename: typeName }));
  const conditionsHold = subjects.map(() => new Array<boolean | undefined>(candidates.length));
  const relevantRule = (set: number, field?: string) =>
    candidates.find((rule, index) => rule.matchesField(field) && (conditionsHold[set][index] ??= rule.matchesConditions(subjects[set])));
  return (field) => {
    let granted: RecordDecision | undefined;
    for (const [set, attributes] of sets.entries()) {
      const rule = relevantRule(set, field);
      if (rule?.inverted) return { allowed: false, rule: rule.reason, attributes };
      if (rule && !granted) granted = { allowed: true, rule: rule.reason, attributes };
    }
    return granted ?? { allowed: false, attributes: sets[0] ?? {} };
  };
}

/** The decision on one field of a record (decisionsOnRecord, for a single question). */
export function decideOnRecord(ability: HubAbility, action: Action, typeName: string, sets: readonly RecordAttributes[], field?: string): RecordDecision {
  return decisionsOnRecord(ability, action, typeName, sets)(field);
}

/**
 * The actor's ability, built from the rules that apply to their organisation type, role and
 * declared purpose. Each CASL rule's reason is the id of the policy rule it comes from; deny rules
 * are added last, so they win.
 */
export function defineAbilityFor(actor: Actor): HubAbility {
  const { can, cannot, build } = new AbilityBuilder<HubAbility>(createMongoAbility);
  const applying = rulesApplyingTo(actor);
  for (const rule of [...applying.filter((r) => r.effect === 'allow'), ...applying.filter((r) => r.effect === 'deny')]) {
    for (const [typeName, fields] of Object.entries(classification)) {
      for (const grant of grantsOnType(rule, actor, typeName, fields)) {
        const define = rule.effect === 'allow' ? can : cannot;
        const hasConditions = Object.keys(grant.conditions).length > 0;
        (hasConditions ? define([...rule.actions], typeName, grant.fields, grant.conditions) : define([...rule.actions], typeName, grant.fields)).because(rule.id);
        if (rule.effect === 'deny') {
          // A record that lacks an attribute the deny rule looks at is refused too (fail closed).
          for (const attribute of Object.keys(grant.conditions)) cannot([...rule.actions], typeName, grant.fields, { [attribute]: { $exists: false } }).because(rule.id);
        }
      }
    }
  }
  return build({ detectSubjectType: (subject: string | { __typename: string }) => (typeof subject === 'string' ? subject : subject.__typename) });
}

const abilities = new LRUCache<string, HubAbility>({ max: 1000 });

/**
 * The same ability, built once per kind of actor: it depends only on organisation, type, role,
 * Safe Home and purpose, and is rebuilt for every request otherwise (in the gateway and in each subgraph).
 */
export function abilityFor(actor: Actor): HubAbility {
  const key = [actor.organisationId, actor.organisationType, actor.role, actor.safeHomeId, actor.purpose, actor.breakGlass ? 'break-glass' : ''].join('|');
  let ability = abilities.get(key);
  if (!ability) {
    ability = defineAbilityFor(actor);
    abilities.set(key, ability);
  }
  return ability;
}
