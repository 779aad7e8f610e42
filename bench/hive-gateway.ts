import { once } from 'node:events';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createGatewayRuntime, GatewayPlugin } from '@graphql-hive/gateway';
import { createActorTokenSigner } from '../platform/actor-token';
import { readSupergraphSdl } from '../schema/files';
import { staticActorContext } from './static-actor';

/**
 * Hive Gateway as it comes, over the same supergraph and subgraphs as ours, with in-flight
 * deduplication off (ours and @apollo/gateway send every fetch) and one plugin: an actor token per
 * subgraph fetch. It signs in onFetch, over the body about to be sent: the gateway runs user
 * plugins' onFetch after its own, just before the fetch, so the body cannot change after it.
 */
export async function startHiveGateway(subgraphUrls: Record<string, string>): Promise<string> {
  const sign = await createActorTokenSigner();
  const context = staticActorContext('hive');
  const subgraphAt = new Map(Object.entries(subgraphUrls).map(([name, url]) => [url, name]));
  const actorTokenPerFetch: GatewayPlugin = {
    async onFetch({ url, options, setOptions }) {
      const subgraph = subgraphAt.get(url);
      // Anything else (there is nothing else) goes without a token, and is refused.
      if (!subgraph || typeof options.body !== 'string') return;
      const token = await sign(context, { subgraph, body: options.body });
      setOptions({ ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
    },
  };
  const gateway = createGatewayRuntime({
    supergraph: readSupergraphSdl(),
    transportEntries: Object.fromEntries(
      Object.entries(subgraphUrls).map(([name, location]) => [name, { location, options: { deduplicateInflightRequests: false } }]),
    ),
    plugins: () => [actorTokenPerFetch],
    logging: 'warn',
    graphiql: false,
    landingPage: false,
  });
  const server = createServer(gateway).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${gateway.graphqlEndpoint}`;
}
