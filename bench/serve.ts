import { setMaxListeners } from 'node:events';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ActorTokenDataSource } from '../gateway/actor-token-data-source';
import { startGateway } from '../gateway/create-gateway';
import { createSubgraphFetcher } from '../gateway/subgraph-fetcher';
import { defaultResilience, subgraphBreaker } from '../gateway/subgraph-breaker';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { serveSubgraph } from '../hub/start-hub';
import { subgraphs } from '../hub/subgraphs';
import { readSupergraphSdl } from '../schema/files';
import { ActorContext, createActorTokenSigner } from '../platform/actor-token';
import { startHiveGateway } from './hive-gateway';
import { staticActorContext } from './static-actor';
import { testIssuer } from '../tests/support/test-issuer';

/**
 * One process of the benchmark, so that what is measured does not share an event loop with the
 * load generator: `subgraphs` (the five, on BENCH_DATABASE_URL), `hub` (our gateway), `stock`
 * (a plain @apollo/gateway with no auth and no extras) or `hive` (Hive Gateway, the same). Prints
 * {"url": ...} when ready.
 */
async function main(role: string) {
  const subgraphUrls: Record<string, string> = JSON.parse(process.env.BENCH_SUBGRAPH_URLS ?? '{}');
  if (role === 'subgraphs') {
    const started = await Promise.all(subgraphs.map((definition) => serveSubgraph(definition, process.env.BENCH_DATABASE_URL!, 0)));
    return { subgraphUrls: Object.fromEntries(started.map(({ running }) => [running.name, running.graphqlUrl])) };
  }
  if (role === 'hub') {
    const { port: _port, ...options } = await gatewayOptionsFromEnv(subgraphUrls, process.env.BENCH_DATABASE_URL, process.env, testIssuer);
    const gateway = await startGateway(options, 0);
    return { url: gateway.graphqlUrl };
  }
  if (role === 'stock') {
    const sign = await createActorTokenSigner();
    const context = staticActorContext('stock');
    const gateway = new ApolloGateway({
      supergraphSdl: readSupergraphSdl(),
      buildService: ({ name }) => new ActorTokenDataSource(name, subgraphUrls[name], sign, createSubgraphFetcher(subgraphBreaker(name, defaultResilience), defaultResilience)),
    });
    const { url } = await startStandaloneServer(new ApolloServer<ActorContext>({ gateway }), { listen: { port: 0, host: '127.0.0.1' }, context: async () => context });
    return { url };
  }
  if (role === 'hive') {
    // Hive Gateway disposes itself on SIGTERM but leaves the process running.
    process.once('SIGTERM', () => process.exit(0));
    // It adds an abort listener to the client request's signal per subgraph fetch, more than Node's
    // default of 10 on a page of 50: that only warns.
    setMaxListeners(100);
    return { url: await startHiveGateway(subgraphUrls) };
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
