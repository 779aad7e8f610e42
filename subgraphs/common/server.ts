import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { Knex } from 'knex';
import { buildFederatedSchema } from './build-federated-schema';
import { createContext, SubgraphContext } from './context';
import { formatSubgraphError } from './errors';
import { POLICY_GRANTS_EXTENSION } from '../../platform/policy-grants';
import { ActorContext, ActorTokenError, VerifyActorToken } from '../../platform/actor-token';
import { answerUnhandledError, listen, Listening, sendUnauthenticated } from '../../platform/http';
import { traceRequests } from '../../platform/tracing';
import { SubgraphDefinition } from './subgraph';

export interface RunningSubgraph extends Listening {
  name: string;
  /** The GraphQL endpoint the gateway calls. */
  graphqlUrl: string;
}

/**
 * Serves one subgraph: GraphQL at /graphql for the gateway only (every POST, `_service` and
 * `_entities` included, needs a valid actor token signed for this subgraph and this very body),
 * /health/live while the process runs, and /health/ready (and /health) while it is not stopping and its database answers.
 */
export async function startSubgraph(definition: SubgraphDefinition, db: Knex, port: number, verifyActorToken: VerifyActorToken): Promise<RunningSubgraph> {
  // The actor each request's token verified, kept for that request's GraphQL context.
  const verifiedActors = new WeakMap<Request, ActorContext>();
  const server = new ApolloServer<SubgraphContext>({
    schema: await buildFederatedSchema(definition),
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    // The process stops itself on SIGTERM, draining first (scripts/start-*.ts); Apollo's own handler would stop the server and re-raise the signal, cutting requests in flight.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      {
        // The rules that granted what this answer holds, for the gateway's disclosure log.
        async requestDidStart() {
          return {
            async willSendResponse({ response, contextValue }) {
              if (response.body.kind !== 'single' || !Object.keys(contextValue.grants).length) return;
              response.body.singleResult.extensions = { ...response.body.singleResult.extensions, [POLICY_GRANTS_EXTENSION]: contextValue.grants };
            },
          };
        },
      },
    ],
  });
  await server.start();

  const app = express();
  app.disable('x-powered-by');
  let stopping = false;
  const ready = async (_req: Request, res: Response) => {
    if (stopping) return void res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'stopping' });
    try {
      await db.raw('select 1');
      res.json({ status: 'ok', subgraph: definition.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database unavailable' });
    }
  };
  app.get('/health/live', (_req, res) => void res.json({ status: 'ok', subgraph: definition.name }));
  app.get('/health/ready', ready);
  app.get('/health', ready);
  app.post(
    '/graphql',
    // The body as received: the actor token carries its hash. Nothing is parsed before the token is checked.
    express.raw({ type: () => true, limit: '1mb' }),
    // After the body parser, which loses the async context: the request's work runs in its span.
    traceRequests(`subgraph ${definition.name}`),
    async (req: Request, res: Response, next: NextFunction) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      try {
        verifiedActors.set(req, await verifyActorToken(req.header('authorization'), { subgraph: definition.name, body }));
      } catch (error) {
        return sendUnauthenticated(res, error instanceof ActorTokenError ? error.message : 'access denied', `safe-home-hub/${definition.name}`);
      }
      try {
        req.body = JSON.parse(body.toString('utf8'));
      } catch {
        return next(Object.assign(new Error('the body is not JSON'), { status: 400 }));
      }
      next();
    },
    expressMiddleware(server, {
      context: async ({ req }) => {
        const actorContext = verifiedActors.get(req);
        if (!actorContext) throw new Error('a GraphQL request reached the subgraph without a verified actor');
        return createContext(db, actorContext);
      },
    }),
  );

  app.use(answerUnhandledError);

  const listening = await listen(app, port);
  return {
    ...listening,
    name: definition.name,
    graphqlUrl: `${listening.url}/graphql`,
    close: async (graceMs?: number) => {
      stopping = true;
      await listening.close(graceMs);
      await server.stop();
    },
  };
}
