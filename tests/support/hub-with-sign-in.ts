import { RunningGateway, startGateway } from '../../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../../hub/gateway-options';
import { startHub, RunningHub } from '../../hub/start-hub';
import { TestDatabase, testDatabaseUrl } from './database';
import { freePort, useIdentityProvider } from './identity-provider';
import { testIssuer } from './test-issuer';
import { buildWebPagesOnce } from './web-pages';

/**
 * The hub as staff meet it, for a file's browser tests: its pages built (before it starts, so it
 * serves what the sources say now), the development identity provider, and the whole hub trusting
 * it, on a port chosen before the provider starts (the provider sends staff back to the hub's pages).
 * With `testIssuerGatewayEnv`, also a second gateway over the hub's subgraphs that trusts the tests'
 * own issuer (configured by that environment): where a test sends what no staff member signs in for.
 */
export function useHubWithSignIn({ database = 'seeded', env = {}, testIssuerGatewayEnv }: { database?: TestDatabase; env?: NodeJS.ProcessEnv; testIssuerGatewayEnv?: NodeJS.ProcessEnv } = {}) {
  beforeAll(buildWebPagesOnce, 180_000);
  let hubPort: number;
  beforeAll(async () => {
    hubPort = await freePort();
  });
  const origin = () => `http://127.0.0.1:${hubPort}`;
  const identity = useIdentityProvider(origin);
  let hub: RunningHub | undefined;
  let testIssuerGateway: RunningGateway | undefined;
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(database), gatewayPort: hubPort, subgraphPort: () => 0, env: { ...identity().hubEnv, ...env } });
    if (testIssuerGatewayEnv) {
      const subgraphUrls = Object.fromEntries(hub.subgraphs.map((subgraph) => [subgraph.name, subgraph.graphqlUrl]));
      const { port: _port, ...options } = await gatewayOptionsFromEnv(subgraphUrls, testDatabaseUrl(database), { ...process.env, ...testIssuerGatewayEnv }, testIssuer);
      testIssuerGateway = await startGateway(options, 0);
    }
  }, 60_000);
  afterAll(async () => {
    await testIssuerGateway?.close();
    await hub?.stop();
  });
  return { origin, identity, hub: () => hub!, testIssuerGateway: () => testIssuerGateway! };
}
