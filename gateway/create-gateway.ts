import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { Kind, parse, StringValueNode } from 'graphql';
import type { Logger } from 'pino';
import { mergeGrants, POLICY_GRANTS_EXTENSION } from '../platform/policy-grants';
import { SignActorToken } from '../platform/actor-token';
import { answerUnhandledError, listen, Listening, sendUnauthenticated } from '../platform/http';
import { logger } from '../platform/logger';
import { ActorTokenDataSource } from './actor-token-data-source';
import { admissionOf, admit } from './admission';
import { Authenticate, AuthenticationError } from './authentication';
import { AuditLog } from '../audit-log/disclosure-log';
import { gatewayErrorFormatter } from './errors';
import { breakGlassDeclaration, refusedAttemptLine } from './break-glass';
import { gatewayReadiness, serveHealth, subgraphHealth } from './health';
import { fairShare } from './fair-share';
import { PartnerLimits } from './partner-limits';
import { requestLifetime } from './request-scope';
import { subgraphBreaker, SubgraphResilience } from './subgraph-breaker';
import { createSubgraphFetcher } from './subgraph-fetcher';
import { operationLimits, parseOptions } from './operation-limits';
import { investigationHold } from './investigation-hold';
import { KnownOperationTypesRule } from './known-operation-types';
import { ReservedResponseKeysRule } from './reserved-response-keys';
import { PolicyEngine } from './policy-engine';
import { OnForbidden, PolicyContext, withPolicy } from './policy-gateway';
import { observeRequests, requestTelemetryPlugin, telemetryOf } from './request-telemetry';
import { serveWebPages, WebPagesOptions } from './web-pages';
import { documentHashOf, registeredApplications, TrustedDocumentsOptions } from './trusted-documents';

export interface GatewayOptions {
  supergraphSdl: string;
  /** The policy the gateway enforces and logs by (the hub's: hub/policy-engine.ts). */
  policy: PolicyEngine;
  authenticate: Authenticate;
  signActorToken: SignActorToken;
  /** Default: remove forbidden fields (null + FORBIDDEN at their path); or reject the whole operation. */
  onForbidden?: OnForbidden;
  /** Whether authenticated actors may introspect the public API schema (GRAPHQL_INTROSPECTION). */
  introspection: boolean;
  /** The disclosure log every response is written to before it is released. */
  audit: AuditLog & { close(): Promise<void> };
  /** The public keys that sign the log's roots, published at /.well-known/audit-keys.json for anyone who checks a root or a proof. */
  auditPublicJwks?: { keys: object[] };
  /** Subgraph endpoints by name, overriding the supergraph's routing URLs. */
  subgraphUrls?: Record<string, string>;
  /** The dashboard and the explorer; without, the gateway serves GraphQL and /health only. */
  webPages?: WebPagesOptions;
  /** Each partner's fair share, checked before a request is parsed. */
  partnerLimits: PartnerLimits;
  /** Subgraph fetch timeout, request deadline and circuit breaking. */
  resilience: SubgraphResilience;
  /** How long close() lets requests in flight finish before it cuts their connections. */
  shutdownGraceMs: number;
  /** Where the one line per /graphql request goes; default: the hub's logger. */
  requestLog?: Logger;
  /** The operation names the metrics may name (the published operations'); any other is counted as "other". */
  metricOperationNames?: ReadonlySet<string>;
  /** Which documents each application may run (TRUSTED_DOCUMENTS), from the registry of applications. */
  trustedDocuments: TrustedDocumentsOptions;
}

export interface RunningGateway extends Listening {
  graphqlUrl: string;
}

class HubDataSource extends ActorTokenDataSource {
  /** Keeps the rules a subgraph reports for the disclosure log; they never reach the caller. */
  didReceiveResponse({ response, context }: Required<Pick<GatewayGraphQLRequestContext<Partial<PolicyContext>>, 'request' | 'response' | 'context'>>): GatewayGraphQLResponse {
    if (context.grants && response.extensions?.[POLICY_GRANTS_EXTENSION]) {
      mergeGrants(context.grants, response.extensions[POLICY_GRANTS_EXTENSION]);
      delete response.extensions[POLICY_GRANTS_EXTENSION];
    }
    return response;
  }
}

/** The routing URL of every subgraph, read from the supergraph's join__Graph enum, overridden where configured. */
function subgraphEndpoints(supergraphSdl: string, overrides: Record<string, string>): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const args = value.directives?.find((directive) => directive.name.value === 'join__graph')?.arguments ?? [];
      const arg = (name: string) => (args.find((a) => a.name.value === name)?.value as StringValueNode | undefined)?.value;
      const name = arg('name');
      if (name) endpoints[name] = overrides[name] ?? arg('url') ?? '';
    }
  }
  return endpoints;
}

/**
 * Builds the hub's gateway over a supergraph: every /graphql request is authenticated before
 * anything is parsed or planned (no token, no subgraph call), its document checked against its
 * application's trusted documents, then planned and executed by
 * @apollo/gateway, which signs an actor token for every subgraph fetch. /health answers 200 only when every subgraph does.
 */
export async function startGateway(options: GatewayOptions, port: number): Promise<RunningGateway> {
  const endpoints = subgraphEndpoints(options.supergraphSdl, options.subgraphUrls ?? {});
  const breakers = Object.fromEntries(Object.keys(endpoints).map((name) => [name, subgraphBreaker(name, options.resilience)]));
  const readiness = gatewayReadiness(endpoints, breakers, options.audit);
  const gateway = withPolicy(
    new ApolloGateway({
      supergraphSdl: options.supergraphSdl,
      buildService: ({ name }) => new HubDataSource(name, endpoints[name], options.signActorToken, createSubgraphFetcher(breakers[name], options.resilience)),
    }),
    { onForbidden: options.onForbidden ?? 'remove-fields', audit: options.audit, introspection: options.introspection, policy: options.policy },
  );
  const limits = operationLimits();
  const documents = registeredApplications(options.trustedDocuments);
  const server = new ApolloServer<PolicyContext>({
    gateway,
    formatError: gatewayErrorFormatter(endpoints),
    includeStacktraceInErrorResponses: false,
    // The process stops itself on SIGTERM, draining first (scripts/start-*.ts); Apollo's own handler would stop the server and re-raise the signal, cutting requests in flight.
    stopOnTerminationSignals: false,
    // The policy gateway answers introspection itself, or refuses it with INTROSPECTION_DISABLED.
    introspection: true,
    // Documents sent by id are resolved from the registry before Apollo Server sees the request (trusted-documents.ts); it never learns one from a client.
    persistedQueries: false,
    validationRules: [...limits.validationRules, KnownOperationTypesRule, ReservedResponseKeysRule],
    parseOptions,
    plugins: [...limits.plugins, ApolloServerPluginLandingPageDisabled(), requestTelemetryPlugin],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  if (options.webPages) serveWebPages(app, options.webPages);
  if (options.auditPublicJwks) {
    const jwks = options.auditPublicJwks;
    app.get('/.well-known/audit-keys.json', (_req, res) => void res.json(jwks));
  }
  serveHealth(app, readiness);
  const checkHealth = subgraphHealth(endpoints);
  app.get('/health', async (_req, res) => {
    const health = await checkHealth();
    res.status(health.healthy ? 200 : 503).json({ status: health.healthy ? 'ok' : 'unavailable', ...health });
  });
  app.use(
    '/graphql',
    observeRequests(options.requestLog ?? logger, options.metricOperationNames ?? new Set()),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const { actor, application } = await options.authenticate(req.header('authorization'));
        admit(req, { actor, application, hiddenUntil: null });
        next();
      } catch (error) {
        if (error instanceof AuthenticationError) return sendUnauthenticated(res, error.message, 'safe-home-hub');
        logger.error({ err: error }, 'credentials could not be checked');
        res.status(503).json({ errors: [{ message: 'The hub cannot check credentials right now; try again later.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      }
    },
    documents.check,
    fairShare(options.partnerLimits),
    async (req: Request, res: Response, next: NextFunction) => {
      const header = req.header('x-break-glass');
      if (header === undefined) return next();
      const { actor, application } = admissionOf(req);
      const declaration = breakGlassDeclaration(options.policy, actor, header);
      if ('refused' in declaration) {
        try {
          await options.audit.append(refusedAttemptLine(actor, header, declaration.refused, telemetryOf(req).traceId));
        } catch (error) {
          logger.fatal({ err: error }, 'DISCLOSURE LOG WRITE FAILED for a refused break-glass attempt');
        }
        logger.warn({ organisation: actor.organisationId, role: actor.role, reason: declaration.refused }, 'break-glass refused');
        res.status(403).json({ errors: [{ message: `break-glass refused: ${declaration.refused}`, extensions: { code: 'BREAK_GLASS_REFUSED' } }] });
        return;
      }
      admit(req, { actor: { ...actor, breakGlass: declaration }, application, hiddenUntil: null });
      next();
    },
    (req: Request, res: Response, next: NextFunction) => {
      const admission = admissionOf(req);
      const hold = investigationHold(options.policy, req.header('x-investigation-hold-until'), admission.actor);
      if (typeof hold === 'object') {
        res.status(400).json({ errors: [{ message: hold.refused, extensions: { code: 'BAD_USER_INPUT', field: 'x-investigation-hold-until' } }] });
        return;
      }
      admit(req, { ...admission, hiddenUntil: hold ?? null });
      next();
    },
    express.json({ limit: '1mb' }),
    documents.resolve,
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const { actor, hiddenUntil } = admissionOf(req);
        const telemetry = telemetryOf(req);
        return {
          actor,
          policy: options.policy.forActor(actor),
          requestId: telemetry.requestId,
          traceId: telemetry.traceId,
          documentHash: documentHashOf(req),
          telemetry,
          hiddenUntil,
          grants: {},
          lifetime: requestLifetime(res, options.resilience.requestDeadlineMs),
        };
      },
    }),
  );
  app.use(answerUnhandledError);

  const listening = await listen(app, port);
  return {
    ...listening,
    graphqlUrl: `${listening.url}/graphql`,
    // SIGTERM: no longer ready, no new connections, requests in flight finish (for the grace at most), the log's queue is written, pools close.
    close: async () => {
      readiness.drain();
      await listening.close(options.shutdownGraceMs);
      await server.stop();
      await options.partnerLimits.close();
      await options.audit.close();
    },
  };
}
