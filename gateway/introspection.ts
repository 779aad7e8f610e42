import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { DocumentNode, execute, ExecutionResult, FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { included, Variables } from './executable-operation';

/** The root fields an operation runs (fragments expanded, @skip/@include applied): response key and field name. */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): { key: string; name: string }[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const fields: { key: string; name: string }[] = [];
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) fields.push({ key: selection.alias?.value ?? selection.name.value, name: selection.name.value });
      else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return fields;
}

export const isIntrospectionField = (name: string) => name === '__schema' || name === '__type';

export const introspectionDisabled = () =>
  new GraphQLError('Introspection is turned off on this hub.', { extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 400 } } });

/**
 * The gateway's own answer to an operation's introspection fields, from the public API schema (no
 * join__ internals; no subgraph is asked), put under their keys over what the query plan gave for
 * the rest: graphql's own execution, in which every other root field is left null.
 */
export async function withIntrospection<Result extends ExecutionResult>(
  schema: GraphQLSchema,
  { document, request }: Pick<GatewayGraphQLRequestContext, 'document' | 'request'>,
  keys: string[],
  result: Result,
): Promise<Result> {
  const answered = await execute({ schema, document, operationName: request.operationName, variableValues: request.variables });
  const data: Record<string, unknown> = { ...result.data };
  for (const key of keys) data[key] = answered.data?.[key] ?? null;
  const errors = (answered.errors ?? []).filter((error) => keys.includes(String(error.path?.[0])));
  return { ...result, data, errors: [...(result.errors ?? []), ...errors] };
}
