import express from 'express';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { subgraphs } from '../hub/subgraphs';
import { listen, Listening } from '../platform/http';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { testIssuer } from './support/test-issuer';

/** The gateway's public probes are unauthenticated: however often they are asked, the subgraphs (and their databases) are asked at most once a second. */
describe("the gateway's public health answers", () => {
  useTestDatabase();
  let subgraph: Listening;
  let gateway: RunningGateway;
  let asked = 0;
  beforeAll(async () => {
    const app = express();
    app.get('/health/ready', (_req, res) => {
      asked += 1;
      res.json({ status: 'ok' });
    });
    subgraph = await listen(app, 0);
    const urls = Object.fromEntries(subgraphs.map(({ name }) => [name, `${subgraph.url}/graphql`]));
    const { port: _port, ...options } = await gatewayOptionsFromEnv(urls, testDatabaseUrl(), process.env, testIssuer);
    gateway = await startGateway(options, 0);
  });
  afterAll(async () => {
    await gateway.close();
    await subgraph.close();
  });

  it.each(['/health', '/health/ready'])('%s asked 20 times in a row fans out to the subgraphs once, not 20 times', async (path) => {
    asked = 0;
    for (let i = 0; i < 20; i += 1) expect((await fetch(`${gateway.url}${path}`)).status).toBe(200);
    expect(asked).toBeLessThan(20);
  });
});
