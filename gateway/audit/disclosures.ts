import { FieldNode, GraphQLCompositeType, GraphQLError, GraphQLFormattedError, GraphQLObjectType } from 'graphql';
import { Disclosure } from '../../audit-log/disclosure';
import { NO_SUBJECT, subjectKey } from '../../platform/policy-grants';
import { AUDIT_CATEGORY, AUDIT_ID, PLACEHOLDER } from '../operation-filter';
import { compositeTypeOf, fieldsOn, possibleTypes, runtimeTypeOf, WalkedOperation } from '../operation-walk';
import { PolicyEngine } from '../policy-engine';

/** The policy rules that granted a field of a record (by its subject key) in this response. */
export type GrantingRules = (subject: string, typeName: string, field: string) => string[];

type JsonObject = { [key: string]: unknown };
type Entry = Pick<Disclosure, 'kind' | 'subjectType' | 'subjectId' | 'fields' | 'denied' | 'outcome'>;
const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

interface Collected {
  subjectType: string | null;
  subjectId: string | null;
  /** The key the subgraphs report its granting rules under. */
  subject: string;
  /** By field and category (items of several categories disclose one field under each). */
  fields: Map<string, { field: string; category: string; rules: string[] }>;
  denied: Map<string, string>;
}

function outcomeOf(fields: number, denied: number): Disclosure['outcome'] {
  if (fields && denied) return 'PARTIAL';
  if (fields) return 'DISCLOSED';
  return denied ? 'DENIED' : 'NOTHING';
}

type ObjectField = { on: GraphQLObjectType; key: string; nodes: FieldNode[] };

/**
 * The fields an object gets, by response key: of its runtime type when the response says which, else
 * of every type it could be. The same selection on the same type gives the same fields: they are
 * collected once per walk, not once per object of a list.
 */
function objectFields(operation: WalkedOperation) {
  const collected = new Map<FieldNode[] | undefined, Map<GraphQLCompositeType, ObjectField[]>>();
  return (type: GraphQLCompositeType, object: JsonObject, parents: FieldNode[] | undefined): ObjectField[] => {
    const runtime = parents ? runtimeTypeOf(operation.schema, type, object, PLACEHOLDER) : operation.rootType;
    const of = runtime ?? type;
    let byType = collected.get(parents);
    if (!byType) collected.set(parents, (byType = new Map()));
    let fields = byType.get(of);
    if (!fields) {
      const types = runtime ? [runtime] : possibleTypes(operation.schema, type);
      fields = types.flatMap((on) => [...fieldsOn(operation, on, parents)].map(([key, nodes]) => ({ on, key, nodes })));
      byType.set(of, fields);
    }
    return fields;
  };
}

/**
 * What actually left the hub, read from the response walked with the operation (operation-walk.ts):
 * one entry per record of an audited type whose data is in it (the fields disclosed, each with its
 * category and the rules that granted it for that record, with their legal bases, and the fields refused), and one
 * summary entry for what belongs to no such record (statistics, reference data) — or for nothing.
 */
export function disclosuresOf(
  operation: WalkedOperation,
  data: unknown,
  errors: readonly (GraphQLError | GraphQLFormattedError)[],
  policy: Pick<PolicyEngine, 'auditedTypes' | 'categoryOf' | 'legalBasesOf'>,
  grantingRules: GrantingRules,
): Entry[] {
  const forbidden = new Map<string, string>();
  for (const error of errors) {
    if (error.extensions?.code === 'FORBIDDEN' && error.path) forbidden.set(error.path.join('.'), error.message);
  }
  const summary: Collected = { subjectType: null, subjectId: null, subject: NO_SUBJECT, fields: new Map(), denied: new Map() };
  const records = new Map<string, Collected>();
  const recordFor = (type: string, id: string) => {
    const subject = subjectKey(type, id);
    let record = records.get(subject);
    if (!record) records.set(subject, (record = { subjectType: type, subjectId: id, subject, fields: new Map(), denied: new Map() }));
    return record;
  };
  const fieldsOfObject = objectFields(operation);

  // A response path as the errors name it ("a.0.b"): built as a string, only as deep as the walk goes.
  const walk = (type: GraphQLCompositeType, parents: FieldNode[] | undefined, object: JsonObject, into: Collected, path: string) => {
    for (const { on, key, nodes } of fieldsOfObject(type, object, parents)) {
      const name = nodes[0].name.value;
      if (name.startsWith('__')) continue;
      const value = object[key];
      const here = path ? `${path}.${key}` : key;
      if (value === null || value === undefined) {
        const reason = forbidden.get(here);
        if (reason) into.denied.set(`${on.name}.${name}`, reason);
        continue;
      }
      const next = compositeTypeOf(on, name);
      if (next) {
        const visit = (item: unknown, itemPath: string) => {
          if (!isObject(item)) return;
          const id = item[AUDIT_ID];
          const runtime = runtimeTypeOf(operation.schema, next, item, PLACEHOLDER);
          const child = runtime && policy.auditedTypes.has(runtime.name) && typeof id === 'string' ? recordFor(runtime.name, id) : into;
          walk(next, nodes, item, child, itemPath);
        };
        if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${here}.${index}`));
        else visit(value, here);
        continue;
      }
      const category = policy.categoryOf(on.name, name);
      // A declared category is read from the key the gateway added, never from one the caller named.
      const declared = object[AUDIT_CATEGORY];
      const named = category === undefined ? 'UNCLASSIFIED' : typeof category === 'object' ? (typeof declared === 'string' ? declared : 'DECLARED_BY_RECORD') : category;
      const coordinate = `${on.name}.${name}`;
      const granted = grantingRules(into.subject, on.name, name);
      const entryKey = `${coordinate}|${named}`;
      const known = into.fields.get(entryKey)?.rules;
      into.fields.set(entryKey, { field: coordinate, category: named, rules: known?.length || granted.length > 1 ? [...new Set([...(known ?? []), ...granted])] : granted });
    }
  };
  walk(operation.rootType, undefined, isObject(data) ? data : {}, summary, '');

  const entry = (collected: Collected, kind: Entry['kind']): Entry => ({
    kind,
    subjectType: collected.subjectType,
    subjectId: collected.subjectId,
    fields: [...collected.fields.values()].map(({ field, category, rules }) => ({ field, category, rules, legalBasis: policy.legalBasesOf(rules) })),
    denied: [...collected.denied].map(([field, reason]) => ({ field, reason })),
    outcome: outcomeOf(collected.fields.size, collected.denied.size),
  });
  const entries = [...records.values()].map((record) => entry(record, 'SUBJECT'));
  if (summary.fields.size || summary.denied.size || !entries.length) entries.push(entry(summary, 'SUMMARY'));
  return entries;
}
