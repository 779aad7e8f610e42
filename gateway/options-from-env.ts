import { readSupergraphSdl } from '../schema/files';
import { createDatabase } from '../subgraphs/common/database';
import { createAuditLog } from '../subgraphs/audit/disclosure-log';
import { createActorTokenSigner } from '../subgraphs/common/actor-token';
import { createAuthenticator } from './authentication';
import { organisationDirectory } from './organisations';
import { gatewayConfigFromEnv } from './config';
import { GatewayOptions } from './create-gateway';
import { devDashboardToken, webPagesDirectory } from './web-pages';

/**
 * The gateway as configured by the environment: the committed supergraph, the configured token
 * issuer, the actor-token key, the disclosure log in the hub's database, and subgraph endpoints
 * (SUBGRAPH_<NAME>_URL over the given ones).
 */
export async function gatewayOptionsFromEnv(
  subgraphUrls: Record<string, string> = {},
  databaseUrl = process.env.DATABASE_URL,
): Promise<GatewayOptions & { port: number }> {
  const config = gatewayConfigFromEnv();
  if (!databaseUrl) throw new Error('the gateway needs DATABASE_URL for its disclosure log and organisation directory');
  const db = createDatabase(databaseUrl, { poolMax: 5 });
  return {
    audit: createAuditLog(db),
    port: config.port,
    supergraphSdl: readSupergraphSdl(),
    authenticate: await createAuthenticator(config.authentication, organisationDirectory(db)),
    signActorToken: await createActorTokenSigner(),
    subgraphUrls: { ...subgraphUrls, ...config.subgraphUrls },
    onForbidden: config.onForbidden,
    introspection: config.introspection,
    // With the development issuer (no AUTH_JWKS_URL), the dashboard gets its token from the hub itself.
    webPages: { directory: webPagesDirectory, dashboardToken: config.authentication.jwksUrl ? undefined : devDashboardToken() },
  };
}
