import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { execute, ExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import { fieldsOn, WalkedOperation } from './operation-walk';

/** The root fields an operation runs (operation-walk.ts): response key and field name. */
export const rootFields = (operation: WalkedOperation): { key: string; name: string }[] =>
  [...fieldsOn(operation, operation.rootType)].map(([key, nodes]) => ({ key, name: nodes[0].name.value }));

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
