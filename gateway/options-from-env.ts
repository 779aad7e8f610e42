import { readSupergraphSdl } from '../schema/files';
import { createActorTokenSigner } from '../subgraphs/common/actor-token';
import { createAuthenticator } from './authentication';
import { gatewayConfigFromEnv } from './config';
import { GatewayOptions } from './create-gateway';

/**
 * The gateway as configured by the environment: the committed supergraph, the configured token
 * issuer, the actor-token key, and subgraph endpoints (SUBGRAPH_<NAME>_URL over the given ones).
 */
export async function gatewayOptionsFromEnv(subgraphUrls: Record<string, string> = {}): Promise<GatewayOptions & { port: number }> {
  const config = gatewayConfigFromEnv();
  return {
    port: config.port,
    supergraphSdl: readSupergraphSdl(),
    authenticate: await createAuthenticator(config.authentication),
    signActorToken: await createActorTokenSigner(),
    subgraphUrls: { ...subgraphUrls, ...config.subgraphUrls },
    onForbidden: config.onForbidden,
  };
}
