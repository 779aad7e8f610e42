import { createHash } from 'node:crypto';
import type { GatewayExecutor, GatewayInterface, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLSchema, print } from 'graphql';
import { actionFor, Actor, auditedTypes, explain, HubAbility, isRecordChecked } from '../policy';
import { logger } from '../platform/logger';
import { actorFacts, AuditLog, Disclosure } from '../audit-log/disclosure-log';
import { PolicyGrants } from '../platform/policy-grants';
import { disclosuresOf, GrantingRules } from './audit/disclosures';
import { coerceVariables } from './executable-operation';
import { forbidden, restoreRemovedFields, stripAddedKeys } from './forbidden-fields';
import { withHubScalars } from './hub-scalars';
import { introspectionDisabled, isIntrospectionField, rootFields, withIntrospection } from './introspection';
import { FieldDecision, filterOperation } from './operation-filter';

export interface PolicyContext {
  actor: Actor;
  ability: HubAbility;
  requestId: string;
  traceId: string;
  /** Police or prosecution: keep this request's disclosures out of subject-access reports until then. */
  hiddenUntil: string | null;
  /** The rules the subgraphs report granted each field of each record they answered with. */
  grants: PolicyGrants;
}

/** What to do with an operation that selects fields the actor can never read. */
export type OnForbidden = 'remove-fields' | 'reject-operation';

export interface PolicyOptions {
  onForbidden: OnForbidden;
  audit: AuditLog;
  /** Whether authenticated actors may introspect the public API schema (GRAPHQL_INTROSPECTION). */
  introspection: boolean;
}

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

type RequestFacts = Omit<Disclosure, 'kind' | 'subjectType' | 'subjectId' | 'fields' | 'denied' | 'outcome'>;

/** What every log line of a request says about the request itself: when, who, why, which operation. */
function requestFacts(context: PolicyContext, requestContext: GatewayGraphQLRequestContext): RequestFacts {
  return {
    occurredAt: new Date(),
    requestId: context.requestId,
    traceId: context.traceId,
    ...actorFacts(context.actor),
    operationName: requestContext.operationName,
    documentHash: requestContext.queryHash,
    hiddenUntil: context.hiddenUntil,
  };
}

/** Writes a request's lines; false (and a loud log) when that fails, so the caller releases nothing. */
async function recorded(audit: AuditLog, facts: RequestFacts, lines: Omit<Disclosure, keyof RequestFacts>[]): Promise<boolean> {
  try {
    await audit.append(lines.map((line) => ({ ...facts, ...line })));
    return true;
  } catch (error) {
    logger.fatal({ err: error, requestId: facts.requestId }, 'DISCLOSURE LOG WRITE FAILED: the response is withheld');
    return false;
  }
}

/**
 * The rules that granted a field: for a record, those its subgraph reports for that very record;
 * for a type checked as a whole (reference data, statistics), the rule the actor's ability names.
 */
function grantingRules({ ability, grants, requestId }: PolicyContext): GrantingRules {
  return (subject, typeName, field) => {
    if (isRecordChecked(typeName)) {
      const reported = grants[subject]?.[`${typeName}.${field}`];
      if (!reported) logger.error({ requestId, subject, field: `${typeName}.${field}` }, 'a disclosed field came back without the rule that granted it');
      return reported ?? [];
    }
    const rule = ability.relevantRuleFor(actionFor(typeName, field) ?? 'read', typeName, field);
    return rule && !rule.inverted && rule.reason ? [rule.reason] : [];
  };
}

async function enforce(schema: GraphQLSchema, execute: GatewayExecutor, requestContext: GatewayGraphQLRequestContext, { onForbidden, audit, introspection }: PolicyOptions) {
  const context = requestContext.context as unknown as PolicyContext;
  const { actor, ability } = context;
  if (!actor || !ability) throw new Error('the policy gateway needs the actor and ability in the request context');
  const { request, operation } = requestContext;
  // Apollo Server reports this as OPERATION_RESOLUTION_FAILURE (400).
  if (!operation) return { errors: [new GraphQLError(request.operationName ? `Unknown operation named "${request.operationName}".` : 'Must provide operation name if query contains multiple operations.')] };
  const coerced = coerceVariables(schema, operation, request.variables);
  if ('errors' in coerced) return coerced;
  const { variables } = coerced;
  const roots = rootFields(requestContext.document, operation, variables);
  const introspected = roots.filter((field) => isIntrospectionField(field.name));
  if (introspected.length && !introspection) return { errors: [introspectionDisabled()] };
  const decide: FieldDecision = (typeName, fieldName) => {
    const action = actionFor(typeName, fieldName);
    if (!action) return `${typeName}.${fieldName} is refused: the policy defines no action for it`;
    return ability.can(action, typeName, fieldName) ? null : explain(actor, action, { typeName }, fieldName, ability).reason;
  };
  const { document, removed } = filterOperation(schema, requestContext.document, request.operationName, variables, decide, auditedTypes);
  const facts = requestFacts(context, requestContext);

  if (removed.length && onForbidden === 'reject-operation') {
    const denied = removed.map((field) => ({ field: `${field.parentType}.${field.field}`, reason: field.reason }));
    const written = await recorded(audit, facts, [{ kind: 'SUMMARY', subjectType: null, subjectId: null, fields: [], denied, outcome: 'DENIED' }]);
    return { errors: written ? removed.map((field) => forbidden(field, field.path)) : [auditUnavailable()] };
  }

  const planned = !introspected.length || roots.some((field) => !field.name.startsWith('__'));
  let result = planned ? await execute({ ...requestContext, document, queryHash: createHash('sha256').update(print(document)).digest('hex') }) : { data: {} };
  if (introspected.length) result = await withIntrospection(schema, requestContext, (planned ? introspected : roots).map((field) => field.key), result);
  const errors = [...restoreRemovedFields(schema, result.data as never, removed), ...(result.errors ?? [])];
  const lines = disclosuresOf(schema, requestContext.document, request.operationName, variables, result.data as never, errors, grantingRules(context));
  if (!(await recorded(audit, facts, lines))) return { errors: [auditUnavailable()] };
  stripAddedKeys(result.data);
  return { ...result, errors: errors.length ? errors : undefined };
}
