import { MiddlewareFn } from 'type-graphql';
import { actionFor, decideOnRecord, decisionsOnRecord, explain, isRecordChecked, RecordAttributes, rulesMissingAttributes } from '../../policy';
import { accessOf, inheritAccess } from './access';
import { SubgraphContext } from './context';
import { forbidden } from './errors';
import { Verdict } from './record-verdicts';
import { addGrant, inheritSubject, subjectOf } from '../../platform/policy-grants';
import { logger } from '../../platform/logger';

const federationFields = new Set(['_service', '_entities']);

/** The record's attribute sets, or undefined when a checked record has none (then it is refused). */
function attributeSets(typeName: string, record: unknown): RecordAttributes[] | undefined {
  const sets = accessOf(record);
  if (!sets?.length) logger.error({ typeName }, 'a record reached the policy guard without its policy attributes: refused');
  return sets?.length ? sets : undefined;
}

/** May the actor see this record at all? (Used for entity references: an unseen record is null, as if absent.) */
export function isVisible(typeName: string, record: unknown, { ability }: SubgraphContext): boolean {
  if (!record) return false;
  if (!isRecordChecked(typeName)) return ability.can('read', typeName);
  return (attributeSets(typeName, record) ?? []).some((attributes) => ability.can('read', { ...attributes, __typename: typeName }));
}

/**
 * Why a field of a record is refused. A record in several dossiers is explained only by the
 * dossiers the actor may see it in: a refusal that came from another one is not named, and the
 * answer is the same whether the record is in one dossier or in more (a person who is a victim
 * elsewhere, in a dossier the actor takes no part in).
 */
function refusal({ actor, ability }: SubgraphContext, typeName: string, field: string, sets: RecordAttributes[]): string {
  const seen = sets.length > 1 ? sets.filter((attributes) => ability.can('read', { ...attributes, __typename: typeName })) : sets;
  const decision = seen.length ? decideOnRecord(ability, 'read', typeName, seen, field) : null;
  if (!decision || decision.allowed) return `${typeName}.${field} is refused: the rules over every dossier this record is in do not allow it for this actor`;
  return explain(actor, 'read', { typeName, record: decision.attributes }, field, ability).reason;
}

/** The verdicts on the fields of a record with these attribute sets (for every record whose sets no rule can tell apart). */
function verdictsOn(context: SubgraphContext, typeName: string, sets: RecordAttributes[]) {
  return context.verdicts.of(typeName, sets, () => {
    const decide = decisionsOnRecord(context.ability, 'read', typeName, sets);
    return (field): Verdict => {
      const decision = decide(field);
      if (decision.allowed) return { allowed: true, rule: decision.rule! };
      return { allowed: false, reason: refusal(context, typeName, field, sets), unevaluable: rulesMissingAttributes(context.actor, typeName, decision.attributes) };
    };
  });
}

/**
 * The one guard on every field resolver of every subgraph (a type-graphql global middleware, so a
 * new resolver is guarded without anyone remembering to). A field of a record is checked against
 * that very record's attributes (a person's in every dossier they are in: a deny in any of them
 * wins); of other types, against the type. A refused field is null with
 * FORBIDDEN and the reason; an allowed field of a record is reported with the rule that allowed it.
 * What a field resolves to inherits the record's attributes it lacks, and the audited record it belongs to.
 */
export const policyGuard: MiddlewareFn<SubgraphContext> = async ({ root, info, context }, next) => {
  const typeName = info.parentType.name;
  const field = info.fieldName;
  if (field.startsWith('__') || (info.parentType === info.schema.getQueryType() && federationFields.has(field))) return next();
  const { ability, actor } = context;
  let sets: RecordAttributes[] | undefined;
  if (isRecordChecked(typeName)) {
    sets = attributeSets(typeName, root);
    if (!sets) throw forbidden(`${typeName}.${field} is refused: the record's policy attributes are unknown`, `${typeName}.${field}`);
    const verdict = verdictsOn(context, typeName, sets)(field);
    if (!verdict.allowed) {
      if (verdict.unevaluable.length) logger.warn({ typeName, field, rules: verdict.unevaluable }, 'policy rules could not be evaluated on a record lacking attributes: denied');
      throw forbidden(verdict.reason, `${typeName}.${field}`);
    }
    addGrant(context.grants, subjectOf(typeName, root), `${typeName}.${field}`, verdict.rule);
  } else {
    const action = actionFor(typeName, field);
    if (!action) throw forbidden(`${typeName}.${field} is refused: the policy defines no action for it`, `${typeName}.${field}`);
    if (!ability.can(action, typeName, field)) throw forbidden(explain(actor, action, { typeName }, field, ability).reason, `${typeName}.${field}`);
  }
  const value = await next();
  if (sets) inheritAccess(value, sets);
  inheritSubject(value, subjectOf(typeName, root));
  return value;
};
