import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import * as accounts from './accounts';
import * as inventory from './inventory';
import * as products from './products';
import * as reviews from './reviews';

const subgraphs = { accounts, inventory, products, reviews };

export interface FederatedWorld {
  supergraphSdl: string;
  /** Puts the data the mutations change back as it was. */
  reset(): void;
  stop(): Promise<void>;
}

/**
 * Four small subgraphs of a shop that is not the hub (entities with simple and compound keys,
 * @requires, @provides, an entity interface with an @interfaceObject, a union over entities of two
 * subgraphs, shareable value types, errors, mutations), each served by a stock @apollo/subgraph
 * server on a free port, and the supergraph @apollo/composition composes from them.
 */
export async function startFederatedWorld(): Promise<FederatedWorld> {
  const servers: ApolloServer[] = [];
  const services = [];
  for (const [name, { typeDefs, resolvers }] of Object.entries(subgraphs)) {
    const server = new ApolloServer({ schema: buildSubgraphSchema({ typeDefs, resolvers }) });
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
    servers.push(server);
    services.push({ name, url, typeDefs });
  }
  const composed = composeServices(services);
  if (composed.errors) throw new Error(`the test supergraph does not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
  return {
    supergraphSdl: composed.supergraphSdl,
    reset: () => {
      products.reset();
      reviews.reset();
    },
    stop: async () => {
      await Promise.all(servers.map((server) => server.stop()));
    },
  };
}
