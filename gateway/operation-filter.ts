import { DocumentNode, FieldNode, GraphQLCompositeType, GraphQLObjectType, GraphQLSchema, InlineFragmentNode, isAbstractType, Kind, SelectionNode, visit } from 'graphql';
import { Variables } from './executable-operation';
import { compositeTypeOf, fieldsOn, possibleTypes, WalkedOperation, walkedOperation } from './operation-walk';

/** A field taken out of an operation before planning, and where its value would have been. */
export interface RemovedField {
  /** Response keys (aliases) from the root; list items are matched by walking every element. */
  path: string[];
  /** The type whose objects lose the field: the type selected at that path when all of its types do, else each runtime type that does. */
  parentType: string;
  field: string;
  reason: string;
  /** By runtime type, the response keys its objects get here in the operation's order: the null put back takes its place among them. */
  keysOn: Record<string, string[]>;
}

/** Decides a field on a type, before any record is seen: null to keep it, else the reason to remove it. */
export type FieldDecision = (typeName: string, fieldName: string) => string | null;

/** The response key the policy adds to keep a selection set from being empty, and to tell runtime types apart. */
export const PLACEHOLDER = '__policy_typename';
/** The response key under which the audit gets the id of every record of an audited type that leaves. */
export const AUDIT_ID = '__audit_id';
/** The response key under which the audit gets the category a record declares for a field of it (an information item's). */
export const AUDIT_CATEGORY = '__audit_category';
/** Every response key the gateway adds; a client may not use them (reserved-response-keys.ts). */
export const ADDED_KEYS: readonly string[] = [PLACEHOLDER, AUDIT_ID, AUDIT_CATEGORY];

const aliased = (alias: string, name: string): FieldNode => ({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: name } });
const placeholder = () => aliased(PLACEHOLDER, '__typename');
const onType = (type: GraphQLObjectType, selection: FieldNode): InlineFragmentNode => ({
  kind: Kind.INLINE_FRAGMENT,
  typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } },
  selectionSet: { kind: Kind.SELECTION_SET, selections: [selection] },
});

/** Which field of a type's records declares the category of one of its fields (an item's `category` for its `content`), if one does. */
export type CategoryFieldOf = (typeName: string, fieldName: string) => string | undefined;

/** What one response key gets at one place of the operation, over the runtime types possible there. */
interface Collected {
  name: string;
  nodes: FieldNode[];
  allowedOn: GraphQLObjectType[];
  deniedOn: { type: GraphQLObjectType; reason: string }[];
}

/** filterWalked over a document: the operation named (or the only one), its variables coerced. */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
  decide: FieldDecision,
  auditedTypes: ReadonlySet<string> = new Set(),
  categoryFieldOf: CategoryFieldOf = () => undefined,
): { document: DocumentNode; removed: RemovedField[] } {
  const operation = walkedOperation(schema, document, operationName, variables);
  return operation ? filterWalked(operation, document, decide, auditedTypes, categoryFieldOf) : { document, removed: [] };
}

/**
 * Walks the operation as it will execute (operation-walk.ts: graphql's field collection, for every
 * runtime type possible at each place) and decides every field on each type it can be read on. A
 * field no type lets the actor read is taken out of the document; where only some types refuse it,
 * it stays and their objects get null (forbidden-fields.ts). Every refusal is returned with its
 * response path. The document is rewritten only where something is taken out or added:
 * `__audit_id: id` on records of audited types (on an abstract type, in a fragment per audited
 * type), `__audit_category: category` beside a field whose category its record declares,
 * `__policy_typename: __typename` where a refusal depends on the runtime type or a selection
 * set is left empty. Otherwise the document is returned as it came.
 */
export function filterWalked(
  operation: WalkedOperation,
  document: DocumentNode,
  decide: FieldDecision,
  /** Types whose records the audit names by id: `__audit_id: id` is added wherever they are selected. */
  auditedTypes: ReadonlySet<string>,
  categoryFieldOf: CategoryFieldOf,
): { document: DocumentNode; removed: RemovedField[] } {
  const { schema } = operation;
  const removed: RemovedField[] = [];
  const refused = new Set<FieldNode>();
  const kept = new Set<FieldNode>();
  const additions = new Map<FieldNode, SelectionNode[]>();
  const add = (node: FieldNode, selection: SelectionNode) => additions.set(node, [...(additions.get(node) ?? []), selection]);

  const walk = (type: GraphQLCompositeType, parents: FieldNode[] | undefined, path: string[]) => {
    const types = parents ? possibleTypes(schema, type) : [operation.rootType];
    if (parents) {
      for (const audited of types.filter((possible) => auditedTypes.has(possible.name))) add(parents[0], audited === type ? aliased(AUDIT_ID, 'id') : onType(audited, aliased(AUDIT_ID, 'id')));
    }
    const declaring = new Map<GraphQLObjectType, string>();
    const byKey = new Map<string, Collected>();
    const fieldsByType = new Map<string, Map<string, FieldNode[]>>();
    // Only a removal needs the keys' order, to put its null back in place.
    const keysOn = (...typeNames: string[]) => Object.fromEntries(typeNames.map((name) => [name, [...fieldsByType.get(name)!.keys()]]));
    for (const runtime of types) {
      const fields = fieldsOn(operation, runtime, parents);
      fieldsByType.set(runtime.name, fields);
      for (const [key, nodes] of fields) {
        const name = nodes[0].name.value;
        // Introspection is answered by the gateway from the API schema, never planned: left as it is.
        if (name.startsWith('__')) continue;
        const collected = byKey.get(key) ?? { name, nodes: [], allowedOn: [], deniedOn: [] };
        byKey.set(key, collected);
        for (const node of nodes) if (!collected.nodes.includes(node)) collected.nodes.push(node);
        const reason = decide(runtime.name, name);
        if (reason) collected.deniedOn.push({ type: runtime, reason });
        else collected.allowedOn.push(runtime);
        // A root field's category is its mutation's (written, not read): only a record declares one for a field it answers with.
        const categoryField = reason || !parents ? undefined : categoryFieldOf(runtime.name, name);
        if (categoryField) declaring.set(runtime, categoryField);
      }
    }
    if (parents) for (const [runtime, field] of declaring) add(parents[0], runtime === type ? aliased(AUDIT_CATEGORY, field) : onType(runtime, aliased(AUDIT_CATEGORY, field)));
    for (const [key, { name, nodes, allowedOn, deniedOn }] of byKey) {
      const here = [...path, key];
      if (deniedOn.length === types.length) removed.push({ path: here, parentType: type.name, field: name, reason: deniedOn[0].reason, keysOn: keysOn(...fieldsByType.keys()) });
      else if (deniedOn.length) {
        for (const { type: runtime, reason } of deniedOn) removed.push({ path: here, parentType: runtime.name, field: name, reason, keysOn: keysOn(runtime.name) });
        if (parents && isAbstractType(type)) add(parents[0], placeholder());
      }
      if (!allowedOn.length) {
        nodes.forEach((node) => refused.add(node));
        continue;
      }
      nodes.forEach((node) => kept.add(node));
      const next = compositeTypeOf(allowedOn[0], name);
      if (next) walk(next, nodes, here);
    }
  };
  walk(operation.rootType, undefined, []);

  const dropped = new Set([...refused].filter((node) => !kept.has(node)));
  if (!dropped.size && !additions.size) return { document, removed };
  const entered: FieldNode[] = [];
  const rewritten = visit(document, {
    Field: {
      enter(node) {
        if (dropped.has(node)) return null;
        entered.push(node);
        return undefined;
      },
      leave(node) {
        const added = additions.get(entered.pop()!);
        const selectionSet = node.selectionSet;
        if (!added || !selectionSet) return undefined;
        return { ...node, selectionSet: { ...selectionSet, selections: [...selectionSet.selections, ...added] } };
      },
    },
    SelectionSet: {
      leave(node) {
        return node.selections.length ? undefined : { ...node, selections: [placeholder()] };
      },
    },
  });
  return { document: rewritten, removed };
}
