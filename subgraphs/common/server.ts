import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Knex } from 'knex';
import { buildFederatedSchema } from './build-federated-schema';
import { createContext, SubgraphContext } from './context';
import { formatSubgraphError } from './errors';
import { listen, Listening } from './http';
import { SubgraphDefinition } from './subgraph';

export interface RunningSubgraph extends Listening {
  name: string;
  /** The GraphQL endpoint the gateway calls. */
  graphqlUrl: string;
}

/** Serves one subgraph: GraphQL at /graphql, and /health that answers 200 only while its database does. */
export async function startSubgraph(definition: SubgraphDefinition, db: Knex, port: number): Promise<RunningSubgraph> {
  const server = new ApolloServer<SubgraphContext>({
    schema: await buildFederatedSchema(definition),
    formatError: formatSubgraphError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
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
    express.json({ limit: '1mb' }),
    expressMiddleware(server, {
      context: async ({ req }) => createContext(db, req.header('x-request-id') ?? randomUUID()),
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
