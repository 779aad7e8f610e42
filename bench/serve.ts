import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ActorTokenDataSource } from '../gateway/actor-token-data-source';
import { startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { serveSubgraph } from '../hub/start-hub';
import { subgraphs } from '../hub/subgraphs';
import { readSupergraphSdl } from '../schema/files';
import { ActorContext, createActorTokenSigner } from '../platform/actor-token';

/**
 * One process of the benchmark, so that what is measured does not share an event loop with the
 * load generator: `subgraphs` (the four, on BENCH_DATABASE_URL), `hub` (our gateway) or `stock`
 * (a plain @apollo/gateway with no auth and no extras). Prints {"url": ...} when ready.
 */
async function main(role: string) {
  const subgraphUrls: Record<string, string> = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}');
  if (role === 'subgraphs') {
    const started = await Promise.all(subgraphs.map((definition) => serveSubgraph(definition, process.env.BENCH_DATABASE_URL!, 0)));
    return { subgraphUrls: Object.fromEntries(started.map(({ running }) => [running.name, running.graphqlUrl])) };
  }
  if (role === 'hub') {
    const { port: _port, ...options } = await gatewayOptionsFromEnv(subgraphUrls, process.env.BENCH_DATABASE_URL);
    const gateway = await startGateway(options, 0);
    return { url: gateway.graphqlUrl };
  }
  if (role === 'stock') {
    // The subgraphs answer only actor tokens signed for each fetch: the stock gateway signs them
    // as ours does, for one fixed actor, and does no other work of ours.
    const sign = await createActorTokenSigner();
    const context: ActorContext = { actor: JSON.parse(process.env.BENCH_STOCK_ACTOR!), requestId: 'bench-stock', traceId: 'bench-stock' };
    const gateway = new ApolloGateway({
      supergraphSdl: readSupergraphSdl(),
      buildService: ({ name }) => new ActorTokenDataSource(name, subgraphUrls[name], sign),
    });
    const { url } = await startStandaloneServer(new ApolloServer<ActorContext>({ gateway }), { listen: { port: 0, host: '127.0.0.1' }, context: async () => context });
    return { url };
  }
  throw new Error(`unknown role ${role}`);
}

main(process.argv[2]).then(
  (ready) => process.stdout.write(`${JSON.stringify(ready)}\n`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
