import {
  DocumentNode, FragmentDefinitionNode, getNamedType, GraphQLCompositeType, GraphQLError, GraphQLFormattedError, GraphQLSchema, isAbstractType,
  isCompositeType, Kind, SelectionSetNode,
} from 'graphql';
import { auditedTypes, classify, rules } from '../../policy';
import { included, Variables } from '../executable-operation';
import { AUDIT_ID, PLACEHOLDER } from '../operation-filter';
import { Disclosure } from '../../audit-log/disclosure-log';
import { NO_SUBJECT, subjectKey } from '../../platform/policy-grants';

/** The policy rules that granted a field of a record (by its subject key) in this response. */
export type GrantingRules = (subject: string, typeName: string, field: string) => string[];

const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
const legalBasesOf = (ruleIds: string[]) => [...new Set(ruleIds.flatMap((id) => ruleById.get(id)?.legalBasis ?? []))];

type Json = null | string | number | boolean | Json[] | { [key: string]: Json };
type Entry = Pick<Disclosure, 'kind' | 'subjectType' | 'subjectId' | 'fields' | 'denied' | 'outcome'>;

interface Collected {
  subjectType: string | null;
  subjectId: string | null;
  fields: Map<string, { category: string; rules: string[] }>;
  denied: Map<string, string>;
}

function outcomeOf(fields: number, denied: number): Disclosure['outcome'] {
  if (fields && denied) return 'PARTIAL';
  if (fields) return 'DISCLOSED';
  return denied ? 'DENIED' : 'NOTHING';
}

/**
 * What actually left the hub, read from the response walked with the operation and the schema:
 * one entry per person or dossier whose data is in it (the fields disclosed, each with its
 * category and the rules that granted it for that record, with their legal bases, and the fields refused), and one
 * summary entry for what belongs to no such record (statistics, reference data) — or for nothing.
 */
export function disclosuresOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  /** Coerced (executable-operation.ts): @skip/@include are read from them. */
  variables: Variables,
  data: Record<string, Json> | null | undefined,
  errors: readonly (GraphQLError | GraphQLFormattedError)[],
  grantingRules: GrantingRules,
): Entry[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: SelectionSetNode | undefined;
  let operationType: GraphQLCompositeType | null | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && !operation && (!operationName || definition.name?.value === operationName)) {
      operation = definition.selectionSet;
      operationType = schema.getRootType(definition.operation);
    }
  }
  const forbidden = new Map<string, string>();
  for (const error of errors) {
    if (error.extensions?.code === 'FORBIDDEN' && error.path) forbidden.set(error.path.join('.'), error.message);
  }
  const summary: Collected = { subjectType: null, subjectId: null, fields: new Map(), denied: new Map() };
  const records = new Map<string, Collected>();
  const recordFor = (type: string, id: string) => {
    const key = `${type}:${id}`;
    if (!records.has(key)) records.set(key, { subjectType: type, subjectId: id, fields: new Map(), denied: new Map() });
    return records.get(key)!;
  };

  const walk = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, object: Record<string, Json>, into: Collected, path: readonly (string | number)[]) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind !== Kind.FIELD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        const condition = fragment?.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (!fragment || !condition || !isCompositeType(condition)) continue;
        const runtime = object[PLACEHOLDER] ?? object.__typename;
        if (typeof runtime === 'string' && condition.name !== runtime && !(isAbstractType(condition) && schema.getPossibleTypes(condition).some((t) => t.name === runtime))) continue;
        walk(fragment.selectionSet, condition, object, into, path);
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const key = selection.alias?.value ?? name;
      const coordinate = `${type.name}.${name}`;
      const value = object[key];
      const here = [...path, key];
      if (value === null || value === undefined) {
        const reason = forbidden.get(here.join('.'));
        if (reason) into.denied.set(coordinate, reason);
        continue;
      }
      const fieldType = 'getFields' in type ? type.getFields()[name]?.type : undefined;
      const named = fieldType && getNamedType(fieldType);
      if (named && isCompositeType(named) && selection.selectionSet) {
        const items = Array.isArray(value) ? value.map((item, index) => [item, [...here, index]] as const) : [[value, here] as const];
        for (const [item, itemPath] of items) {
          if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
          const id = item[AUDIT_ID];
          const child = auditedTypes.has(named.name) && typeof id === 'string' ? recordFor(named.name, id) : into;
          walk(selection.selectionSet, named, item, child, itemPath);
        }
        continue;
      }
      const classified = classify(type.name, name);
      const category = classified === undefined ? 'UNCLASSIFIED' : typeof classified === 'object' ? (typeof object.category === 'string' ? object.category : 'DECLARED_BY_RECORD') : classified;
      const granted = grantingRules(into.subjectType && into.subjectId ? subjectKey(into.subjectType, into.subjectId) : NO_SUBJECT, type.name, name);
      const known = into.fields.get(coordinate)?.rules ?? [];
      into.fields.set(coordinate, { category, rules: [...new Set([...known, ...granted])] });
    }
  };
  if (operation && operationType) walk(operation, operationType, data ?? {}, summary, []);

  const entry = (collected: Collected, kind: Entry['kind']): Entry => ({
    kind,
    subjectType: collected.subjectType,
    subjectId: collected.subjectId,
    fields: [...collected.fields].map(([field, { category, rules: granted }]) => ({ field, category, rules: granted, legalBasis: legalBasesOf(granted) })),
    denied: [...collected.denied].map(([field, reason]) => ({ field, reason })),
    outcome: outcomeOf(collected.fields.size, collected.denied.size),
  });
  const entries = [...records.values()].map((record) => entry(record, 'SUBJECT'));
  if (summary.fields.size || summary.denied.size || !entries.length) entries.push(entry(summary, 'SUMMARY'));
  return entries;
}
