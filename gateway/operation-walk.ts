import { collectFields, collectSubFields, VariableValues } from '@graphql-tools/utils';
import {
  DocumentNode, FieldNode, FragmentDefinitionNode, getNamedType, GraphQLCompositeType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema,
  isAbstractType, isCompositeType, isObjectType, Kind, OperationDefinitionNode, visit,
} from 'graphql';
import { Variables } from './executable-operation';

/**
 * The one operation a request runs, with what every walk of it needs: the schema it was validated
 * against, its fragments, and its variables as coerced once (executable-operation.ts).
 */
export interface WalkedOperation {
  schema: GraphQLSchema;
  definition: OperationDefinitionNode;
  rootType: GraphQLObjectType;
  fragments: Record<string, FragmentDefinitionNode>;
  /** As @graphql-tools/utils takes them (graphql 17's shape): the coerced values, the sources unused with graphql 16. */
  variables: VariableValues;
}

/** The operation of a document by name (or its only one), ready to walk; undefined when there is none or the schema has no root for it. */
export function walkedOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Variables): WalkedOperation | undefined {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let definition: OperationDefinitionNode | undefined;
  for (const node of document.definitions) {
    if (node.kind === Kind.FRAGMENT_DEFINITION) fragments[node.name.value] = node;
    if (node.kind === Kind.OPERATION_DEFINITION && (!operationName || node.name?.value === operationName)) definition ??= node;
  }
  const rootType = definition && schema.getRootType(definition.operation);
  return definition && rootType ? { schema, definition, rootType, fragments, variables: { coerced: withNullConditionsPresent(definition, fragments, variables), sources: {} } } : undefined;
}

/**
 * The variables as the walks read `@skip`/`@include`: a condition sent as null (a nullable variable
 * with a default, sent as null) counts as the selection being there, so the policy decides on it;
 * execution then refuses the null itself, as it does without the hub. A null variable used by both
 * directives keeps its null, and collecting fields refuses it.
 */
function withNullConditionsPresent(definition: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Variables): Variables {
  const nulls = new Set(Object.keys(variables).filter((name) => variables[name] === null));
  if (!nulls.size) return variables;
  const usedBy = new Map<string, Set<string>>();
  for (const node of [definition, ...Object.values(fragments)]) {
    visit(node, {
      Directive(directive) {
        const condition = directive.arguments?.find((argument) => argument.name.value === 'if')?.value;
        if ((directive.name.value === 'skip' || directive.name.value === 'include') && condition?.kind === Kind.VARIABLE && nulls.has(condition.name.value)) {
          usedBy.set(condition.name.value, (usedBy.get(condition.name.value) ?? new Set()).add(directive.name.value));
        }
      },
    });
  }
  const present = [...usedBy].filter(([, directives]) => directives.size === 1).map(([name, directives]) => [name, directives.has('include')] as const);
  return present.length ? { ...variables, ...Object.fromEntries(present) } : variables;
}

/**
 * The fields an object of this type gets, by response key, from the selections of these field
 * nodes (none: the operation's root): graphql's own field collection, as execution does it —
 * fragments whose type condition the type meets, @skip/@include read from the coerced variables.
 * Collection of the same nodes on the same type is remembered for the request (a list's items).
 */
export function fieldsOn(operation: WalkedOperation, type: GraphQLObjectType, nodes?: FieldNode[]): Map<string, FieldNode[]> {
  const { schema, fragments, variables } = operation;
  return nodes ? collectSubFields(schema, fragments, variables, type, nodes).fields : collectFields(schema, fragments, variables, type, operation.definition.selectionSet).fields;
}

/** The object types a value of this type can be at run time. */
export const possibleTypes = (schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
  isAbstractType(type) ? schema.getPossibleTypes(type) : [type];

/** A field's named result type when it leads to objects (the walk goes on into its selections), else undefined. */
export function compositeTypeOf(type: GraphQLObjectType, fieldName: string): GraphQLCompositeType | undefined {
  const named: GraphQLNamedType | undefined = type.getFields()[fieldName] && getNamedType(type.getFields()[fieldName].type);
  return named && isCompositeType(named) ? named : undefined;
}

/** The runtime type of an object in a response, when the response says (its __typename or the policy's placeholder for it). */
export function runtimeTypeOf(schema: GraphQLSchema, type: GraphQLCompositeType, object: Record<string, unknown>, typenameKey: string): GraphQLObjectType | undefined {
  if (isObjectType(type)) return type;
  const name = object[typenameKey] ?? object.__typename;
  const runtime = typeof name === 'string' ? schema.getType(name) : undefined;
  return isObjectType(runtime) ? runtime : undefined;
}
