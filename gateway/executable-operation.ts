import { coerceInputValue, GraphQLError, GraphQLSchema, isInputType, OperationDefinitionNode, typeFromAST, VariableDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';

export type Variables = Record<string, unknown>;

/** Where graphql's coercion of a variable's value failed, as the hub names input fields: e.g. input.persons.0.birthDate. */
function fieldOf(schema: GraphQLSchema, definition: VariableDefinitionNode, value: unknown): string {
  const type = typeFromAST(schema, definition.type);
  let path: readonly (string | number)[] = [];
  if (value !== undefined && type && isInputType(type)) coerceInputValue(value, type, (at) => (path = path.length ? path : at));
  return [definition.variable.name.value, ...path].join('.');
}

/**
 * The variables of the operation a request runs, coerced once by graphql's own rules (defaults
 * applied, scalars parsed) against the schema the operation was validated with: what every walk of
 * the operation reads. A value graphql refuses is BAD_USER_INPUT naming the input field.
 */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Variables | undefined): { variables: Variables } | { errors: GraphQLError[] } {
  const definitions = operation.variableDefinitions ?? [];
  const result = getVariableValues(schema, definitions, raw ?? {});
  if (result.coerced) return { variables: result.coerced };
  return {
    errors: (result.errors ?? []).map((error) => {
      const definition = error.nodes?.[0] as VariableDefinitionNode | undefined;
      const field = definition ? fieldOf(schema, definition, raw?.[definition.variable.name.value]) : undefined;
      return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', field } });
    }),
  };
}
