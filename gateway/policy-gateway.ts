import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayInterface, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLSchema, print } from 'graphql';
import type { Actor } from '../policy/actor';
import { logger } from '../platform/logger';
import { actorFacts, LineFacts, RequestFacts } from '../audit-log/disclosure';
import { AuditLog } from '../audit-log/disclosure-log';
import { PolicyGrants } from '../platform/policy-grants';
import { disclosuresOf, GrantingRules } from './audit/disclosures';
import { coerceVariables } from './executable-operation';
import { forbidden, restoreRemovedFields, stripAddedKeys, withoutErrorsOnAddedKeys } from './forbidden-fields';
import { withHubScalars } from './hub-scalars';
import { introspectionDisabled, isIntrospectionField, rootFields, withIntrospection } from './introspection';
import { filterWalked } from './operation-filter';
import { walkedOperation } from './operation-walk';
import { ActorPolicy, PolicyEngine } from './policy-engine';
import { withinRequest } from './request-scope';
import { inRequestTrace, noteDisclosures, RequestTelemetry } from './request-telemetry';

export interface PolicyContext {
  actor: Actor;
  /** What the policy says to this actor, asked once per request. */
  policy: ActorPolicy;
  requestId: string;
  traceId: string;
  /** The SHA-256 (hex) of the client's document, as registered or sent (trusted-documents.ts): its disclosure lines and actor tokens name it. */
  documentHash: string;
  /** Police or prosecution: keep this request's disclosures out of subject-access reports until then. */
  hiddenUntil: string | null;
  /** The rules the subgraphs report granted each field of each record they answered with. */
  grants: PolicyGrants;
  /** Aborts at the request's deadline or when its client disconnects: every subgraph fetch of the request gives up then. */
  lifetime: AbortSignal;
  /** The request's trace, log line and metrics (gateway/request-telemetry.ts). */
  telemetry: RequestTelemetry;
}

/** What to do with an operation that selects fields the actor can never read. */
export type OnForbidden = 'remove-fields' | 'reject-operation';

export interface PolicyOptions {
  onForbidden: OnForbidden;
  audit: AuditLog;
  /** Whether authenticated actors may introspect the public API schema (GRAPHQL_INTROSPECTION). */
  introspection: boolean;
  policy: PolicyEngine;
}

const isPolicyContext = (context: Record<string, unknown>): context is Record<string, unknown> & PolicyContext =>
  typeof context.actor === 'object' && context.actor !== null && typeof context.policy === 'object' && context.policy !== null && typeof context.grants === 'object' && typeof context.documentHash === 'string' && context.lifetime instanceof AbortSignal && typeof context.telemetry === 'object';

/**
 * Wraps a gateway so that the policy and the disclosure log hold for every operation:
 * - before anything is planned, every field the actor can never read for the declared purpose is
 *   taken out (the semantics of Apollo Router's authorization directives) and comes back as null
 *   with a FORBIDDEN error at its path that names the reason; the rest runs. The filtered
 *   operation gets its own hash, so the query-plan cache never serves one actor's plan to another.
 *   With 'reject-operation', such an operation is refused whole;
 * - before the response is released, what actually left (the response walked with the operation)
 *   is written to the hash-chained disclosure log; if that write fails, nothing is released.
 * Apollo Server validates with, and the policy walks, the API schema with the hub's scalars.
 */
export function withPolicy(inner: GatewayInterface, options: PolicyOptions): GatewayInterface {
  return {
    onSchemaLoadOrUpdate: (callback) => inner.onSchemaLoadOrUpdate((schemaContext) => callback({ ...schemaContext, apiSchema: withHubScalars(schemaContext.apiSchema) })),
    stop: () => inner.stop(),
    async load(loadOptions) {
      let apiSchema: GraphQLSchema | undefined;
      inner.onSchemaLoadOrUpdate((schemaContext) => {
        apiSchema = withHubScalars(schemaContext.apiSchema);
      });
      const loaded = await inner.load(loadOptions);
      const execute = loaded.executor;
      if (!execute) return loaded;
      const executor: GatewayExecutor = (requestContext) => enforce(apiSchema!, execute, requestContext, options);
      return { ...loaded, executor };
    },
  };
}

const auditUnavailable = () =>
  new GraphQLError('The disclosure could not be recorded, so nothing was released. Try again later.', {
    extensions: { code: 'AUDIT_UNAVAILABLE', http: { status: 503 } },
  });

/** What every log line of a request says about the request itself: when, who, why, which operation. */
function requestFacts(context: PolicyContext, requestContext: GatewayGraphQLRequestContext): RequestFacts {
  return {
    occurredAt: new Date(),
    requestId: context.requestId,
    traceId: context.traceId,
    ...actorFacts(context.actor),
    operationName: requestContext.operationName,
    documentHash: context.documentHash,
    hiddenUntil: context.hiddenUntil,
  };
}

/** Writes a request's lines; false (and a loud log) when that fails, so the caller releases nothing. */
async function recorded(audit: AuditLog, facts: RequestFacts, lines: LineFacts[]): Promise<boolean> {
  try {
    await audit.append({ request: facts, lines });
    return true;
  } catch (error) {
    logger.fatal({ err: error, requestId: facts.requestId }, 'DISCLOSURE LOG WRITE FAILED: the response is withheld');
    return false;
  }
}

/**
 * The rules that granted a field: for a record, those its subgraph reports for that very record;
 * for a type checked as a whole (reference data, statistics), the rule the policy names for the actor.
 */
function grantingRules(engine: PolicyEngine, { policy, grants, requestId }: PolicyContext): GrantingRules {
  return (subject, typeName, field) => {
    if (engine.isRecordChecked(typeName)) {
      const reported = grants[subject]?.[`${typeName}.${field}`];
      if (!reported) logger.error({ requestId, subject, field: `${typeName}.${field}` }, 'a disclosed field came back without the rule that granted it');
      return reported ?? [];
    }
    const rule = policy.grantingRule(typeName, field);
    return rule ? [rule] : [];
  };
}

/** The field of a type's records that declares the category of this field (an item's `category` for its `content`), if one does. */
function declaringField(engine: PolicyEngine, typeName: string, field: string): string | undefined {
  const category = engine.categoryOf(typeName, field);
  return typeof category === 'object' ? category.fromRecordField : undefined;
}

async function enforce(schema: GraphQLSchema, execute: GatewayExecutor, requestContext: GatewayGraphQLRequestContext, { onForbidden, audit, introspection, policy: engine }: PolicyOptions) {
  const context = requestContext.context;
  if (!isPolicyContext(context)) throw new Error('the policy gateway needs the actor, their policy and the grants in the request context');
  const { request, operation } = requestContext;
  // Apollo Server reports this as OPERATION_RESOLUTION_FAILURE (400).
  if (!operation) return { errors: [new GraphQLError(request.operationName ? `Unknown operation named "${request.operationName}".` : 'Must provide operation name if query contains multiple operations.')] };
  const coerced = coerceVariables(schema, operation, request.variables);
  if ('errors' in coerced) return coerced;
  const walked = walkedOperation(schema, requestContext.document, request.operationName, coerced.variables);
  if (!walked) return { errors: [new GraphQLError(`The hub's API has no ${operation.operation} operations.`)] };
  const roots = rootFields(walked);
  const introspected = roots.filter((field) => isIntrospectionField(field.name));
  if (introspected.length && !introspection) return { errors: [introspectionDisabled()] };
  const { document, removed } = filterWalked(walked, requestContext.document, context.policy.refusal, engine.auditedTypes, (typeName, field) => declaringField(engine, typeName, field));
  const facts = requestFacts(context, requestContext);

  if (removed.length && onForbidden === 'reject-operation') {
    const denied = removed.map((field) => ({ field: `${field.parentType}.${field.field}`, reason: field.reason }));
    const written = await recorded(audit, facts, [{ kind: 'SUMMARY', subjectType: null, subjectId: null, fields: [], denied, outcome: 'DENIED' }]);
    return { errors: written ? removed.map((field) => forbidden(field, field.path)) : [auditUnavailable()] };
  }

  const planned = !introspected.length || roots.some((field) => !field.name.startsWith('__'));
  // A rewritten operation gets its own hash, so the query-plan cache never serves one actor's plan to another.
  const queryHash = document === requestContext.document ? requestContext.queryHash : createHash('sha256').update(print(document)).digest('hex');
  let result = planned ? await inRequestTrace(context.telemetry, () => withinRequest(context.lifetime, () => execute({ ...requestContext, document, queryHash }))) : { data: {} };
  if (introspected.length) result = await withIntrospection(schema, requestContext, (planned ? introspected : roots).map((field) => field.key), result);
  const errors = [...restoreRemovedFields(schema, result.data, removed), ...withoutErrorsOnAddedKeys(result.errors ?? [])];
  const lines = disclosuresOf(walked, result.data, errors, engine, grantingRules(engine, context));
  noteDisclosures(context.telemetry, lines);
  if (!(await recorded(audit, facts, lines))) return { errors: [auditUnavailable()] };
  stripAddedKeys(result.data);
  return { ...result, errors: errors.length ? errors : undefined };
}
