import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { migrateAll } from '../hub/prepare-database';
import { RunningHub, serveSubgraph, startHub } from '../hub/start-hub';
import { subgraphNamed } from '../hub/subgraphs';
import { seed } from '../seed/seed';
import { createDatabase } from '../platform/database';
import { testDatabaseUrl, useTestDatabase, withScratchDatabase } from './support/database';
import { newTrace } from './support/audit';
import { eventually, hungSubgraph } from './support/hung-subgraph';
import { listen, Listening } from '../platform/http';
import express from 'express';
import { createActorTokenSigner } from '../platform/actor-token';
import { limburgPolice, postGraphQL, tokenFor } from './support/hub';
import { testIssuer } from './support/test-issuer';

const readme = { query: '{ dossier(code: "LIMB6024") { code persons { role } } }' };

async function ask(hub: RunningHub, body = readme) {
  return postGraphQL(hub.gateway.graphqlUrl, body, { authorization: `Bearer ${await tokenFor()}` });
}

describe('a subgraph that is down', () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    await hub.subgraphs.find((subgraph) => subgraph.name === 'persons')!.close();
  });
  afterAll(() => hub.stop());

  it('gives SUBGRAPH_UNAVAILABLE without internals, and the gateway keeps serving the rest', async () => {
    const { status, body } = await ask(hub);
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'persons' });
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stacktrace/);
    const rest = await ask(hub, { query: '{ dossier(code: "LIMB6024") { code currentRiskLevel } }' });
    expect(rest.body).toEqual({ data: { dossier: { code: 'LIMB6024', currentRiskLevel: 'HIGH' } } });
  });

  it('makes /health answer 503 and name the subgraph', async () => {
    const response = await fetch(`${hub.gateway.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', subgraphs: { persons: 'unreachable', dossiers: 'ok' } });
  });
});

describe('a subgraph that answers with an HTTP error', () => {
  let hub: RunningHub;
  let stub: Server;
  beforeAll(async () => {
    // Stands in for the risk subgraph: every fetch refused with 401 and a body naming its internals.
    stub = createServer((_req, res) => res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'internal detail', extensions: { code: 'UNAUTHENTICATED' } }] })));
    await new Promise<void>((listening) => stub.listen(0, '127.0.0.1', listening));
    process.env.SUBGRAPH_RISK_URL = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/graphql`;
    try {
      hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    } finally {
      delete process.env.SUBGRAPH_RISK_URL;
    }
  });
  afterAll(async () => {
    await hub.stop();
    stub.close();
  });

  it('does not pass its response (internal address, status, body) on to the caller', async () => {
    const { body } = await ask(hub, { query: '{ dossier(code: "LIMB6024") { code currentRiskLevel } }' });
    expect(body.data).toEqual({ dossier: { code: 'LIMB6024', currentRiskLevel: null } });
    expect(body.errors![0].extensions).not.toHaveProperty('response');
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|"status":401/);
  });
});

describe('a database that is down', () => {
  let hub: RunningHub;
  beforeAll(async () => {
    const unreachable = new URL(testDatabaseUrl());
    unreachable.port = '1';
    hub = await startHub({ databaseUrl: unreachable.toString(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
  });
  afterAll(() => hub.stop());

  it('a subgraph answers DATABASE_UNAVAILABLE, without SQL or stack, and does not crash', async () => {
    const sign = await createActorTokenSigner();
    const dossiers = hub.subgraphs.find((subgraph) => subgraph.name === 'dossiers')!;
    const request = JSON.stringify({ query: '{ dossier(code: "LIMB6024") { code } }' });
    for (let i = 0; i < 2; i += 1) {
      const token = await sign({ actor: limburgPolice(), requestId: 'r', traceId: 't', documentHash: '0'.repeat(64) }, { subgraph: 'dossiers', body: request });
      const { status, body } = await postGraphQL(dossiers.graphqlUrl, request, { authorization: `Bearer ${token}` });
      expect(status).toBe(200);
      expect(body.data).toEqual({ dossier: null });
      expect(body.errors?.[0]).toMatchObject({ message: 'The database is unavailable; try again later.', extensions: { code: 'DATABASE_UNAVAILABLE' } });
      expect(JSON.stringify(body)).not.toMatch(/select|ECONNREFUSED|stacktrace/i);
    }
  });

  it('the gateway, unable to check the organisation, releases nothing: 503 SERVICE_UNAVAILABLE', async () => {
    const { status, body } = await ask(hub);
    expect(status).toBe(503);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(/cannot check credentials/), extensions: { code: 'SERVICE_UNAVAILABLE' } }]);
  });

  it('makes /health answer 503', async () => {
    const response = await fetch(`${hub.gateway.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ subgraphs: { dossiers: 'unavailable', statistics: 'unavailable' } });
  });
});

describe('nothing half-written', () => {
  it('a seed that fails part-way leaves no rows at all', async () => {
    await withScratchDatabase('safehome_half', async (url) => {
      const db = createDatabase(url);
      try {
        await migrateAll(db);
        // Pre-empt the id of the first instrument version, which the seed writes after the Safe Homes.
        await db('risk.instrument_versions').insert({ id: '5a1f0000-0000-4000-8000-000000000001', code: 'X', version: 1, name: 'x', mediumThreshold: 1, highThreshold: 2, publishedOn: '2020-01-01' });
        await expect(seed(db)).rejects.toThrow(/duplicate key/);
        expect(await db('dossiers.safe_homes').count({ n: '*' })).toEqual([{ n: 0 }]);
        expect(await db('dossiers.organisations').count({ n: '*' })).toEqual([{ n: 0 }]);
      } finally {
        await db.destroy();
      }
    });
  });

  it('the statistics subgraph connection cannot write', async () => {
    const db = createDatabase(testDatabaseUrl(), { readOnly: true });
    try {
      await expect(db.raw('CREATE TABLE statistics.attempt (a int)')).rejects.toThrow(/read-only transaction/);
      await expect(db('dossiers.safe_homes').update({ name: 'x' })).rejects.toThrow(/read-only transaction/);
    } finally {
      await db.destroy();
    }
  });
});

/** A hub whose risk subgraph is a stand-in, configured by settings of its own; both stopped after the describe's tests. */
function useHubWithRiskStandIn<StandIn extends { listening: Listening }>(standIn: () => Promise<StandIn>, settings: Record<string, string>) {
  const running = {} as { hub: RunningHub; standIn: StandIn };
  beforeAll(async () => {
    running.standIn = await standIn();
    const env = { ...process.env, SUBGRAPH_RISK_URL: `${running.standIn.listening.url}/graphql`, ...settings };
    running.hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, env, authentication: testIssuer });
  });
  afterAll(async () => {
    await running.hub?.stop();
    await running.standIn?.listening.close();
  });
  return running;
}

const riskQuery = { query: '{ dossier(code: "LIMB6024") { code currentRiskLevel } }' };

describe('a subgraph that hangs', () => {
  const db = useTestDatabase();
  const running = useHubWithRiskStandIn(hungSubgraph, { SUBGRAPH_TIMEOUT_MS: '60000', REQUEST_DEADLINE_MS: '1000', CIRCUIT_BREAK_AFTER_FAILURES: '3' });

  it("answers at the request's deadline: SUBGRAPH_UNAVAILABLE on the hung subgraph's fields, the rest served and logged", async () => {
    const { traceId, traceparent } = newTrace();
    const started = Date.now();
    const { status, body } = await postGraphQL(running.hub.gateway.graphqlUrl, riskQuery, { authorization: `Bearer ${await tokenFor()}`, traceparent });
    // Without the deadline this request would never be answered: the subgraph never answers.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(status).toBe(200);
    expect(body.data).toEqual({ dossier: { code: 'LIMB6024', currentRiskLevel: null } });
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'risk' } })]);
    expect(await eventually(() => running.standIn.fetches.abandoned === running.standIn.fetches.received)).toBe(true);
    const [line] = await db()('audit.disclosures').where({ traceId, subjectType: 'Dossier' }).select('fields');
    expect(line.fields.map(({ field }: { field: string }) => field)).toEqual(['Dossier.code']);
  });

  it('stops hammering it once its circuit opens: further fetches are refused at once; the gateway stays ready for the rest, and says so', async () => {
    const ask = async () => postGraphQL(running.hub.gateway.graphqlUrl, riskQuery, { authorization: `Bearer ${await tokenFor()}` });
    await Promise.all([ask(), ask()]);
    const fetched = running.standIn.fetches.received;
    const { body } = await ask();
    expect(body.errors?.[0].extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'risk' });
    expect(running.standIn.fetches.received).toBe(fetched);
    const ready = await fetch(`${running.hub.gateway.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { risk: 'circuit open', dossiers: 'ok', disclosureLog: 'ok' } });
    expect((await fetch(`${running.hub.gateway.url}/health/live`)).status).toBe(200);
  });
});

describe("a client's disconnect", () => {
  // Neither the fetch timeout nor the deadline can end the fetch during the test: only the disconnect can.
  const running = useHubWithRiskStandIn(hungSubgraph, { SUBGRAPH_TIMEOUT_MS: '60000', REQUEST_DEADLINE_MS: '60000' });

  it('cancels the subgraph fetch its request started', async () => {
    const client = new AbortController();
    const request = fetch(running.hub.gateway.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor()}` },
      body: JSON.stringify(riskQuery),
      signal: client.signal,
    }).catch((error: Error) => error.name);
    expect(await eventually(() => running.standIn.fetches.received === 1)).toBe(true);
    client.abort();
    expect(await request).toBe('AbortError');
    expect(await eventually(() => running.standIn.fetches.abandoned === 1)).toBe(true);
  });
});

describe("a subgraph's SQL", () => {
  it("is cancelled once it outlives the request deadline: the gateway has given up on it by then", async () => {
    const deadline = process.env.REQUEST_DEADLINE_MS;
    process.env.REQUEST_DEADLINE_MS = '200';
    try {
      const { db, running } = await serveSubgraph(subgraphNamed('persons'), testDatabaseUrl(), 0);
      await expect(db.raw('select pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      await running.close();
      await db.destroy();
    } finally {
      if (deadline === undefined) delete process.env.REQUEST_DEADLINE_MS;
      else process.env.REQUEST_DEADLINE_MS = deadline;
    }
  });
});

/** Stands in for the risk subgraph: while down, its probe and every GraphQL fetch answer 503. */
async function flakyRiskSubgraph() {
  const state = { down: true };
  const app = express();
  app.get('/health/ready', (_req, res) => void res.status(state.down ? 503 : 200).json({ status: state.down ? 'unavailable' : 'ok' }));
  app.post('/graphql', (_req, res) => void res.status(503).json({ errors: [{ message: 'down' }] }));
  return { state, listening: await listen(app, 0) };
}

describe('a circuit that opened while no partner asks anything of its subgraph', () => {
  const running = useHubWithRiskStandIn(flakyRiskSubgraph, { CIRCUIT_BREAK_AFTER_FAILURES: '2', CIRCUIT_HALF_OPEN_AFTER_MS: '500' });

  it('closes again once the subgraph is back, with no request to probe it: the readiness probe is the probe', async () => {
    for (let i = 0; i < 2; i += 1) await ask(running.hub, riskQuery);
    const risk = async () => ((await (await fetch(`${running.hub.gateway.url}/health/ready`)).json()) as { checks: Record<string, string> }).checks.risk;
    expect(await risk()).toBe('circuit open');
    // The subgraph recovers; no request comes for it: only the readiness probe asks.
    running.standIn.state.down = false;
    let status = '';
    for (let tries = 0; tries < 250 && status !== 'ok'; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await risk();
    }
    expect(status).toBe('ok');
  });
});
