import { createHash } from 'node:crypto';
import express from 'express';
import { print } from 'graphql';
import { decodeJwt, generateKeyPair, SignJWT } from 'jose';
import { ReferFamilyDocument } from '../clients/generated/graphql';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { claimsFromActor, Purpose, Role } from '../policy';
import { createActorTokenSigner } from '../platform/actor-token';
import { sqlStatementCount } from '../platform/database';
import { listen, Listening } from '../platform/http';
import { newTrace } from './support/audit';
import { family, referral, who } from './support/case-work';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { actor, limburgPolice, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';
import { testIssuer } from './support/test-issuer';

const { hub } = useTestHub();
const subgraphUrl = (name: string) => hub().subgraphs.find((subgraph) => subgraph.name === name)!.graphqlUrl;
const gatewayContext = { actor: limburgPolice(), requestId: 'r', traceId: 't', documentHash: '0'.repeat(64) };

const probes = {
  'a query': { query: '{ dossier(code: "LIMB6024") { code } }' },
  '_service': { query: '{ _service { sdl } }' },
  '_entities': { query: '{ _entities(representations: [{ __typename: "Dossier", id: "6024d055-1e00-4000-8000-000000006024" }]) { ... on Dossier { persons { role } } } }' },
};

async function forgedToken(overrides: { lifetime?: string; audience?: string; issuer?: string } = {}) {
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  const { sub, ...claims } = claimsFromActor(limburgPolice());
  return new SignJWT({ ...claims, rid: 'forged', tid: 'forged' })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'actor+jwt' })
    .setSubject(sub)
    .setIssuer(overrides.issuer ?? 'urn:safe-home-hub:gateway')
    .setAudience(overrides.audience ?? 'urn:safe-home-hub:subgraphs')
    .setIssuedAt()
    .setExpirationTime(overrides.lifetime ?? '60s')
    .sign(privateKey);
}

describe('a subgraph port is no way around the gateway', () => {
  const credentials: [string, (subgraph: string, body: string) => Promise<string | undefined>][] = [
    ['no token', async () => undefined],
    ["a partner's valid access token for the gateway", () => tokenFor()],
    ['an actor token signed by another key', () => forgedToken()],
    ['an expired actor token', async (subgraph, body) => (await createActorTokenSigner())(gatewayContext, { subgraph, body }, -30)],
    ['an unsigned actor token (alg none)', async () => {
      const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      return `${part({ alg: 'none', typ: 'actor+jwt' })}.${part({ ...claimsFromActor(limburgPolice()), rid: 'r', iss: 'urn:safe-home-hub:gateway', aud: 'urn:safe-home-hub:subgraphs', exp: 9999999999 })}.`;
    }],
  ];

  for (const [probe, request] of Object.entries(probes)) {
    it.each(credentials)(`refuses ${probe} with %s: 401 UNAUTHENTICATED`, async (_name, token) => {
      const body = JSON.stringify(request);
      for (const name of ['dossiers', 'persons', 'risk', 'statistics']) {
        const bearer = await token(name, body);
        const response = await postGraphQL(subgraphUrl(name), body, bearer ? { authorization: `Bearer ${bearer}` } : {});
        expect(response.status).toBe(401);
        expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        expect(response.body.data).toBeUndefined();
      }
    });
  }

  it('answers the gateway, whose actor token it verifies', async () => {
    const body = JSON.stringify(probes._entities);
    const token = await (await createActorTokenSigner())(gatewayContext, { subgraph: 'persons', body });
    const response = await postGraphQL(subgraphUrl('persons'), body, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.body.data?._entities[0].persons).toHaveLength(4);
  });
});

interface Fetch {
  subgraph: string;
  url: string;
  authorization: string;
  body: string;
}

/** Stands between the gateway and a subgraph, as someone on the wire would, and records every fetch the gateway makes. */
async function recordingProxy(subgraph: string, url: string, fetches: Fetch[]): Promise<Listening> {
  const app = express();
  app.post('/graphql', express.text({ type: () => true }), async (req, res) => {
    const authorization = req.header('authorization') ?? '';
    fetches.push({ subgraph, url, authorization, body: req.body });
    const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: req.body });
    res.status(answer.status).type('application/json').send(await answer.text());
  });
  return listen(app, 0);
}

describe('an actor token authorises one subgraph fetch: that subgraph, that body, once, for seconds', () => {
  const casework = useTestHub('casework');
  const db = useTestDatabase('casework');
  const fetches: Fetch[] = [];
  const proxies: Listening[] = [];
  let gateway: RunningGateway;
  beforeAll(async () => {
    const urls: Record<string, string> = {};
    for (const subgraph of casework.hub().subgraphs) {
      const proxy = await recordingProxy(subgraph.name, subgraph.graphqlUrl, fetches);
      proxies.push(proxy);
      urls[subgraph.name] = `${proxy.url}/graphql`;
    }
    const { port: _port, ...options } = await gatewayOptionsFromEnv(urls, testDatabaseUrl('casework'), process.env, testIssuer);
    gateway = await startGateway(options, 0);
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all(proxies.map((proxy) => proxy.close()));
  });

  const ask = async (query: string, who = limburgPolice(), headers: Record<string, string> = {}) =>
    postGraphQL(gateway.graphqlUrl, { query }, { authorization: `Bearer ${await tokenFor(who)}`, ...headers });
  /** A fetch the gateway just made, captured on the wire. */
  const captured = async (subgraph = 'dossiers') => {
    fetches.length = 0;
    const { body } = await ask('{ dossier(code: "LIMB6024") { code persons { role } } }');
    expect(body.errors).toBeUndefined();
    return fetches.find((fetch) => fetch.subgraph === subgraph)!;
  };
  const expectRefused = async (url: string, body: string, authorization: string, message: string) => {
    const statementsBefore = sqlStatementCount();
    const response = await postGraphQL(url, body, { authorization });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(sqlStatementCount() - statementsBefore).toBe(0);
  };

  it('the gateway signs a token per fetch, for that subgraph and the hash of that body, living 10 s; every subgraph answers it', async () => {
    fetches.length = 0;
    const reads: [string, ReturnType<typeof actor>][] = [
      ['{ dossier(code: "LIMB6024") { code persons { role person { givenName } } currentRiskLevel } }', limburgPolice()],
      ['{ referredFamiliesPerYear(filter: { safeHomeId: "limburg" }) { year count } }', statistician()],
      ['{ disclosures(first: 1) { totalCount } }', actor('limburg-safe-home', Role.DPO, Purpose.AUDIT)],
    ];
    for (const [query, who] of reads) {
      const { status, body } = await ask(query, who);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(Object.values(body.data!).every((value) => value !== null)).toBe(true);
    }
    expect(new Set(fetches.map((fetch) => fetch.subgraph))).toEqual(new Set(['dossiers', 'persons', 'risk', 'statistics', 'audit']));
    const claims = fetches.map((fetch) => decodeJwt(fetch.authorization.replace(/^Bearer /, '')));
    expect(new Set(claims.map((claim) => claim.jti)).size).toBe(fetches.length);
    fetches.forEach((fetch, i) => {
      expect(claims[i]).toMatchObject({
        aud: `urn:safe-home-hub:subgraph:${fetch.subgraph}`,
        bh: createHash('sha256').update(fetch.body).digest('base64url'),
      });
      expect(claims[i].exp! - claims[i].iat!).toBe(10);
    });
  });

  it('a mutation through the gateway writes its CHANGE lines under the request and trace the token names', async () => {
    const trace = newTrace();
    const { status, body } = await postGraphQL(
      gateway.graphqlUrl,
      { query: print(ReferFamilyDocument), variables: { input: referral(family('one-fetch-token')) } },
      { authorization: `Bearer ${await tokenFor(who.policeReferring())}`, traceparent: trace.traceparent },
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const lines = await db()('audit.disclosures').where({ traceId: trace.traceId });
    const changes = lines.filter((line) => line.kind === 'CHANGE');
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((line) => line.operationName === 'referFamily' && line.organisationId === 'limburg-police')).toBe(true);
    // The gateway's own lines for the response and the subgraph's CHANGE lines: one request.
    expect(lines.length).toBeGreaterThan(changes.length);
    expect(new Set(lines.map((line) => line.requestId)).size).toBe(1);
  });

  it('refuses a captured token with another query, and runs no SQL', async () => {
    const { url, authorization } = await captured();
    await expectRefused(url, JSON.stringify({ query: '{ dossiers(first: 100) { nodes { code } } }' }), authorization, 'the actor token was issued for another request');
  });

  it('refuses a captured token with the same query and other variables', async () => {
    fetches.length = 0;
    const query = 'query($code: String!) { dossier(code: $code) { code } }';
    await postGraphQL(gateway.graphqlUrl, { query, variables: { code: 'LIMB6024' } }, { authorization: `Bearer ${await tokenFor()}` });
    const { url, authorization, body } = fetches[0];
    const tampered = body.replace('LIMB6024', 'LIMB6023');
    expect(tampered).not.toBe(body);
    await expectRefused(url, tampered, authorization, 'the actor token was issued for another request');
  });

  it("refuses a token for one subgraph sent to another", async () => {
    const { authorization, body } = await captured('dossiers');
    const persons = fetches.find((fetch) => fetch.subgraph === 'persons')!;
    await expectRefused(persons.url, body, authorization, 'the actor token was issued for another subgraph');
  });

  it('refuses a replay of the very fetch the gateway made', async () => {
    const { url, authorization, body } = await captured();
    await expectRefused(url, body, authorization, 'the actor token was already used');
  });

  it('refuses a token once it has expired', async () => {
    const body = JSON.stringify(probes['a query']);
    const token = await (await createActorTokenSigner())(gatewayContext, { subgraph: 'dossiers', body }, 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await expectRefused(subgraphUrl('dossiers'), body, `Bearer ${token}`, 'the actor token has expired');
  });

  it('answers only POST: a captured token with the query in a GET is not served', async () => {
    const { url, authorization } = await captured();
    const response = await fetch(`${url}?query=${encodeURIComponent('{ dossiers(first: 100) { nodes { code } } }')}`, { headers: { authorization } });
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/LIMB/);
  });
});
