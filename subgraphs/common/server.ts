import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { Knex } from 'knex';
import { buildFederatedSchema } from './build-federated-schema';
import { createContext, SubgraphContext } from './context';
import { formatSubgraphError } from './errors';
import { POLICY_GRANTS_EXTENSION } from './grants';
import { ActorTokenError, VerifyActorToken } from './actor-token';
import { listen, Listening, sendUnauthenticated } from './http';
import { SubgraphDefinition } from './subgraph';

export interface RunningSubgraph extends Listening {
  name: string;
  /** The GraphQL endpoint the gateway calls. */
  graphqlUrl: string;
}

/**
 * Serves one subgraph: GraphQL at /graphql for the gateway only (every request, `_service` and
 * `_entities` included, needs a valid actor token), and /health, which answers 200 only while the
 * subgraph's database does.
 */
export async function startSubgraph(definition: SubgraphDefinition, db: Knex, port: number, verifyActorToken: VerifyActorToken): Promise<RunningSubgraph> {
  const server = new ApolloServer<SubgraphContext>({
    schema: await buildFederatedSchema(definition),
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
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
  app.get('/health', async (_req, res) => {
    try {
      await db.raw('select 1');
      res.json({ status: 'ok', subgraph: definition.name });
    } catch {
      res.status(503).json({ status: 'unavailable', subgraph: definition.name, reason: 'database unavailable' });
    }
  });
  app.use(
    '/graphql',
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.actorContext = await verifyActorToken(req.header('authorization'));
        next();
      } catch (error) {
        sendUnauthenticated(res, error instanceof ActorTokenError ? error.message : 'access denied', `safe-home-hub/${definition.name}`);
      }
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req, res }) => createContext(db, res.locals.actorContext, typeof req.body?.query === 'string' ? req.body.query : ''),
    }),
  );

  const listening = await listen(app, port);
  return {
    ...listening,
    name: definition.name,
    graphqlUrl: `${listening.url}/graphql`,
    close: async () => {
      await listening.close();
      await server.stop();
    },
  };
}
