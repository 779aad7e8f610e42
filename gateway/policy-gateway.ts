import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayInterface, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLSchema, print } from 'graphql';
import { Actor, explain, HubAbility } from '../policy';
import { forbidden, restoreRemovedFields } from './forbidden-fields';
import { FieldDecision, filterOperation } from './operation-filter';

export interface PolicyContext {
  actor: Actor;
  ability: HubAbility;
}

/** What to do with an operation that selects fields the actor can never read. */
export type OnForbidden = 'remove-fields' | 'reject-operation';

const actionFor = (_operationType: string) => 'read' as const;

/**
 * Wraps a gateway so that, before anything is planned, every field the actor can never read for the
 * declared purpose is taken out of the operation (the semantics of Apollo Router's authorization
 * directives): it comes back as null with a FORBIDDEN error at its path that names the reason, and
 * the rest runs. The filtered operation gets its own hash, so the query-plan cache never serves
 * one actor's filtered plan to another. With 'reject-operation', such an operation is refused whole.
 */
export function withPolicy(inner: GatewayInterface, onForbidden: OnForbidden): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => inner.onSchemaLoadOrUpdate(callback),
    stop: () => inner.stop(),
    async load(options) {
      let apiSchema: GraphQLSchema | undefined;
      inner.onSchemaLoadOrUpdate((schemaContext) => {
        apiSchema = schemaContext.apiSchema;
      });
      const loaded = await inner.load(options);
      const execute = loaded.executor;
      if (!execute) return loaded;
      const executor: GatewayExecutor = (requestContext) => enforce(apiSchema!, execute, requestContext, onForbidden);
      return { ...loaded, executor };
    },
  };
}

async function enforce(schema: GraphQLSchema, execute: GatewayExecutor, requestContext: GatewayGraphQLRequestContext, onForbidden: OnForbidden) {
  const { actor, ability } = requestContext.context as unknown as PolicyContext;
  if (!actor || !ability) throw new Error('the policy gateway needs the actor and ability in the request context');
  const action = actionFor(requestContext.operation.operation);
  const decide: FieldDecision = (typeName, fieldName) =>
    ability.can(action, typeName, fieldName) ? null : explain(actor, action, { typeName }, fieldName, ability).reason;
  const { document, removed } = filterOperation(schema, requestContext.document, requestContext.request.operationName, requestContext.request.variables ?? {}, decide);
  if (!removed.length) return execute(requestContext);
  if (onForbidden === 'reject-operation') return { errors: removed.map((field) => forbidden(field, field.path)) };

  const filtered: GatewayGraphQLRequestContext = { ...requestContext, document, queryHash: createHash('sha256').update(print(document)).digest('hex') };
  const result = await execute(filtered);
  const forbiddenErrors = restoreRemovedFields(schema, result.data as never, removed);
  return { ...result, errors: [...forbiddenErrors, ...(result.errors ?? [])] };
}
