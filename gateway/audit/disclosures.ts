import { FieldNode, GraphQLCompositeType, GraphQLError, GraphQLFormattedError } from 'graphql';
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
  /** By field and category (items of several categories disclose one field under each). */
  fields: Map<string, { field: string; category: string; rules: string[] }>;
  denied: Map<string, string>;
}

function outcomeOf(fields: number, denied: number): Disclosure['outcome'] {
  if (fields && denied) return 'PARTIAL';
  if (fields) return 'DISCLOSED';
  return denied ? 'DENIED' : 'NOTHING';
}

/** The fields an object gets, by response key: of its runtime type when the response says which, else of every type it could be. */
function fieldsOfObject(operation: WalkedOperation, type: GraphQLCompositeType, object: JsonObject, parents: FieldNode[] | undefined) {
  const runtime = parents ? runtimeTypeOf(operation.schema, type, object, PLACEHOLDER) : operation.rootType;
  const types = runtime ? [runtime] : possibleTypes(operation.schema, type);
  return types.flatMap((on) => [...fieldsOn(operation, on, parents)].map(([key, nodes]) => ({ on, key, nodes })));
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
  const summary: Collected = { subjectType: null, subjectId: null, fields: new Map(), denied: new Map() };
  const records = new Map<string, Collected>();
  const recordFor = (type: string, id: string) => {
    const key = `${type}:${id}`;
    if (!records.has(key)) records.set(key, { subjectType: type, subjectId: id, fields: new Map(), denied: new Map() });
    return records.get(key)!;
  };

  const walk = (type: GraphQLCompositeType, parents: FieldNode[] | undefined, object: JsonObject, into: Collected, path: readonly (string | number)[]) => {
    for (const { on, key, nodes } of fieldsOfObject(operation, type, object, parents)) {
      const name = nodes[0].name.value;
      if (name.startsWith('__')) continue;
      const coordinate = `${on.name}.${name}`;
      const value = object[key];
      const here = [...path, key];
      if (value === null || value === undefined) {
        const reason = forbidden.get(here.join('.'));
        if (reason) into.denied.set(coordinate, reason);
        continue;
      }
      const next = compositeTypeOf(on, name);
      if (next) {
        const items = Array.isArray(value) ? value.map((item, index) => [item, [...here, index]] as const) : [[value, here] as const];
        for (const [item, itemPath] of items) {
          if (!isObject(item)) continue;
          const id = item[AUDIT_ID];
          const runtime = runtimeTypeOf(operation.schema, next, item, PLACEHOLDER);
          const child = runtime && policy.auditedTypes.has(runtime.name) && typeof id === 'string' ? recordFor(runtime.name, id) : into;
          walk(next, nodes, item, child, itemPath);
        }
        continue;
      }
      const category = policy.categoryOf(on.name, name);
      // A declared category is read from the key the gateway added, never from one the caller named.
      const declared = object[AUDIT_CATEGORY];
      const named = category === undefined ? 'UNCLASSIFIED' : typeof category === 'object' ? (typeof declared === 'string' ? declared : 'DECLARED_BY_RECORD') : category;
      const granted = grantingRules(into.subjectType && into.subjectId ? subjectKey(into.subjectType, into.subjectId) : NO_SUBJECT, on.name, name);
      const entryKey = `${coordinate}|${named}`;
      const known = into.fields.get(entryKey)?.rules ?? [];
      into.fields.set(entryKey, { field: coordinate, category: named, rules: [...new Set([...known, ...granted])] });
    }
  };
  walk(operation.rootType, undefined, isObject(data) ? data : {}, summary, []);

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
