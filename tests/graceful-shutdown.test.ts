import express from 'express';
import { request } from 'undici';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { RunningHub, startHub } from '../hub/start-hub';
import { listen, Listening } from '../platform/http';
import { newTrace } from './support/audit';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { postGraphQL, tokenFor } from './support/hub';
import { testIssuer } from './support/test-issuer';

/** Forwards every fetch to the real risk subgraph after a pause, telling when one is held. */
async function slowRiskSubgraph(riskUrl: string, pauseMs: number) {
  const held: (() => void)[] = [];
  const app = express();
  app.post('/graphql', express.raw({ type: () => true }), async (req, res) => {
    held.forEach((tell) => tell());
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const answer = await request(riskUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: req.header('authorization')! }, body: req.body });
    res.status(answer.statusCode).type('application/json').send(await answer.body.text());
  });
  return { listening: await listen(app, 0), nextFetch: () => new Promise<void>((resolve) => held.push(resolve)) };
}

describe('a gateway told to stop (SIGTERM)', () => {
  const db = useTestDatabase();
  let hub: RunningHub;
  let slow: Awaited<ReturnType<typeof slowRiskSubgraph>>;
  let gateway: RunningGateway;
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    const urls = Object.fromEntries(hub.subgraphs.map(({ name, graphqlUrl }) => [name, graphqlUrl]));
    slow = await slowRiskSubgraph(urls.risk, 500);
    const { port: _port, ...options } = await gatewayOptionsFromEnv({ ...urls, risk: `${slow.listening.url}/graphql` }, testDatabaseUrl(), process.env, testIssuer);
    gateway = await startGateway(options, 0);
  });
  afterAll(async () => {
    await slow.listening.close();
    await hub.stop();
  });

  it('finishes the request in flight, writes its disclosure, and then takes no more', async () => {
    const { traceId, traceparent } = newTrace();
    const fetched = slow.nextFetch();
    const inFlight = postGraphQL(gateway.graphqlUrl, { query: '{ dossier(code: "LIMB6024") { code currentRiskLevel } }' }, { authorization: `Bearer ${await tokenFor()}`, traceparent });
    await fetched;
    const stopped = gateway.close();

    expect(await inFlight).toEqual({ status: 200, body: { data: { dossier: { code: 'LIMB6024', currentRiskLevel: 'HIGH' } } } });
    await stopped;
    const lines = await db()('audit.disclosures').where({ traceId }).select('fields');
    expect(lines.map(({ fields }) => fields.map(({ field }: { field: string }) => field))).toEqual([['Dossier.code', 'Dossier.currentRiskLevel']]);
    await expect(fetch(`${gateway.url}/health/live`)).rejects.toThrow('fetch failed');
  });
});

describe('the probes', () => {
  let hub: RunningHub;
  let listening: Listening | undefined;
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
  });
  afterAll(async () => {
    await listening?.close();
    await hub.stop();
  });

  it('say live and ready, with what each readiness check found', async () => {
    const live = await fetch(`${hub.gateway.url}/health/live`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${hub.gateway.url}/health/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ok', checks: { dossiers: 'ok', persons: 'ok', risk: 'ok', statistics: 'ok', audit: 'ok', disclosureLog: 'ok' } }]);
    for (const subgraph of hub.subgraphs) {
      const answer = await fetch(new URL('/health/ready', subgraph.graphqlUrl));
      expect([subgraph.name, answer.status]).toEqual([subgraph.name, 200]);
    }
  });
});
