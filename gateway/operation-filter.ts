import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, GraphQLCompositeType, GraphQLSchema, isAbstractType, isCompositeType,
  Kind, OperationDefinitionNode, SelectionSetNode, TypeInfo, visit, visitWithTypeInfo,
} from 'graphql';
import { included, Variables } from './executable-operation';

/** A field taken out of an operation before planning, and where its value would have been. */
export interface RemovedField {
  /** Response keys (aliases) from the root; list items are matched by walking every element. */
  path: string[];
  /** The type the field was selected on (a fragment's type condition, or the selection's type). */
  parentType: string;
  field: string;
  reason: string;
}

/** Decides a field on a type, before any record is seen: null to keep it, else the reason to remove it. */
export type FieldDecision = (typeName: string, fieldName: string) => string | null;

/** The response key the policy adds to keep a selection set from being empty, and to tell runtime types apart. */
export const PLACEHOLDER = '__policy_typename';
/** The response key under which the audit gets the id of every record of an audited type that leaves. */
export const AUDIT_ID = '__audit_id';

const aliased = (alias: string, name: string): FieldNode => ({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: alias }, name: { kind: Kind.NAME, value: name } });
const placeholder = () => aliased(PLACEHOLDER, '__typename');

/**
 * Walks an operation as it will execute (fragments expanded, aliases, @skip/@include applied) and
 * records every field the decision removes, with its response path. Then rewrites the document
 * without those fields: a selection set left empty, or one on an abstract type, gets a
 * `__policy_typename: __typename` so the parent stays and runtime types can be told apart.
 */
export function filterOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  /** Coerced (executable-operation.ts): @skip/@include are read from them. */
  variables: Variables,
  decide: FieldDecision,
  /** Types whose records the audit names by id: `__audit_id: id` is added wherever they are selected. */
  auditedTypes: ReadonlySet<string> = new Set(),
): { document: DocumentNode; removed: RemovedField[] } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
  }
  if (!operation) return { document, removed: [] };
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return { document, removed: [] };

  const removed: RemovedField[] = [];
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, path: string[], seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const key = selection.alias?.value ?? name;
        const reason = decide(parentType.name, name);
        if (reason) {
          removed.push({ path: [...path, key], parentType: parentType.name, field: name, reason });
          continue;
        }
        const fieldType = 'getFields' in parentType ? parentType.getFields()[name]?.type : undefined;
        const named = fieldType && getNamedType(fieldType);
        if (selection.selectionSet && named && isCompositeType(named)) walk(selection.selectionSet, named, [...path, key], seen);
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parentType;
        const nextSeen = selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
        if (condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, path, nextSeen);
      }
    }
  };
  walk(operation.selectionSet, rootType, [], new Set());
  if (!removed.length && !auditedTypes.size) return { document, removed };

  const typeInfo = new TypeInfo(schema);
  const rewritten = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        // Introspection is answered by the gateway from the API schema, never planned: left as it is.
        if (node.name.value.startsWith('__')) return false;
        const parent = typeInfo.getParentType();
        if (!parent) return undefined;
        return decide(parent.name, node.name.value) ? null : undefined;
      },
      SelectionSet: {
        leave(node) {
          const type = typeInfo.getParentType();
          const added: FieldNode[] = [];
          if (node.selections.length === 0 || (type && isAbstractType(type))) added.push(placeholder());
          if (type && auditedTypes.has(type.name)) added.push(aliased(AUDIT_ID, 'id'));
          return added.length ? { ...node, selections: [...node.selections, ...added] } : undefined;
        },
      },
    }),
  );
  return { document: rewritten, removed };
}
