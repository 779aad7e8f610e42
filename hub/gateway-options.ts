import { readSupergraphSdl } from '../schema/files';
import { createDatabase } from '../platform/database';
import { createAuditLog } from '../audit-log/disclosure-log';
import { auditPublicKeys, auditSigner } from '../audit-log/audit-key';
import { createActorTokenSigner } from '../platform/actor-token';
import { createAuthenticator } from '../gateway/authentication';
import { organisationDirectory } from './organisation-directory';
import { gatewayConfigFromEnv, TrustedIssuer } from './gateway-config';
import { GatewayOptions } from '../gateway/create-gateway';
import { createPartnerLimits } from '../gateway/partner-limits';
import { publishedOperationNames } from './published-operations';
import { webPagesDirectory } from '../gateway/web-pages';
import { pageClients } from './page-clients';
import { hubPolicyEngine } from './policy-engine';
import { registeredApplication } from '../subgraphs/audit/registry';

/**
 * The gateway as configured by the environment: the committed supergraph, the hub's policy, the configured token
 * issuer (or `trusted`, the tests' own), the actor-token key, the disclosure log and the registry of trusted documents in
 * the hub's database, its audit key, and subgraph endpoints (SUBGRAPH_<NAME>_URL over the given ones).
 */
export async function gatewayOptionsFromEnv(
  subgraphUrls: Record<string, string> = {},
  databaseUrl = process.env.DATABASE_URL,
  env: NodeJS.ProcessEnv = process.env,
  trusted?: TrustedIssuer,
): Promise<GatewayOptions & { port: number }> {
  const config = gatewayConfigFromEnv(env, trusted);
  const { issuer, audience } = config.authentication;
  if (!databaseUrl) throw new Error('the gateway needs DATABASE_URL for its disclosure log and organisation directory');
  const db = createDatabase(databaseUrl, { poolMax: 5, name: 'gateway' });
  await auditSigner(); // no key, no start: better than every request failing on its first append
  return {
    audit: createAuditLog(db),
    auditPublicJwks: (await auditPublicKeys()).jwks,
    port: config.port,
    supergraphSdl: readSupergraphSdl(),
    policy: hubPolicyEngine,
    authenticate: await createAuthenticator(config.authentication, organisationDirectory(db)),
    signActorToken: await createActorTokenSigner(),
    subgraphUrls: { ...subgraphUrls, ...config.subgraphUrls },
    onForbidden: config.onForbidden,
    introspection: config.introspection,
    partnerLimits: await createPartnerLimits(config.partnerLimits),
    resilience: config.resilience,
    shutdownGraceMs: config.shutdownGraceMs,
    metricOperationNames: publishedOperationNames(),
    trustedDocuments: { ...config.trustedDocuments, registry: (id) => registeredApplication(db, id) },
    webPages: { directory: webPagesDirectory, signIn: { issuer, audience, clients: Object.fromEntries(pageClients.map(({ path, id }) => [path, id])) } },
  };
}
