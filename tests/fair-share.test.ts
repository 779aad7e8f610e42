import { createServer, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import { once } from 'node:events';
import express, { Response } from 'express';
import { operation } from '../clients/operations';
import { admit } from '../gateway/admission';
import { fairShare } from '../gateway/fair-share';
import { listen } from '../platform/http';
import { startGateway, RunningGateway } from '../gateway/create-gateway';
import { Admission, createPartnerLimits, Partner, PartnerLimits, PartnerLimitsConfig } from '../gateway/partner-limits';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { RunningHub, startHub } from '../hub/start-hub';
import { createLogger } from '../platform/logger';
import { Purpose, Role } from '../policy';
import { testDatabaseUrl } from './support/database';
import { actor, postGraphQL, tokenFor } from './support/hub';
import { testIssuer } from './support/test-issuer';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const police = (organisationId = 'limburg-police', application: string | null = null): Partner => ({ actor: actor(organisationId, Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION), application });
const caw: Partner = { actor: actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION), application: null };

let runs = 0;
/** Limits of their own for each test: a fresh key prefix, so no test (nor an earlier run) spends another's budget. */
function config(overrides: Partial<PartnerLimitsConfig> = {}, store: 'redis' | 'memory' = 'redis'): PartnerLimitsConfig {
  runs += 1;
  return {
    organisations: { default: { requests: 100, perSeconds: 60, concurrent: 100 }, POLICE: { requests: 5, perSeconds: 60, concurrent: 2 } },
    applications: {},
    redisUrl: store === 'redis' ? redisUrl : undefined,
    keyPrefix: `safehome-test-${process.pid}-${Date.now()}-${runs}`,
    slotLeaseMs: 30_000,
    refusalHoldMs: 0,
    maxHeldRefusals: 1_000,
    ...overrides,
  };
}

const admitted = (admission: Admission) => 'release' in admission;
const refusal = (admission: Admission) => ('refused' in admission ? admission.refused : null);

describe.each(['redis', 'memory'] as const)('partner limits counted in %s', (store) => {
  const opened: PartnerLimits[] = [];
  const limits = async (overrides?: Partial<PartnerLimitsConfig>) => {
    const created = await createPartnerLimits(config(overrides, store));
    opened.push(created);
    return created;
  };
  afterAll(() => Promise.all(opened.map((each) => each.close())));

  it("admit an organisation's budget of requests in a period, then refuse with the time left", async () => {
    const partner = await limits({ organisations: { default: { requests: 100, perSeconds: 60, concurrent: 100 }, POLICE: { requests: 5, perSeconds: 60, concurrent: 100 } } });
    const answers = [];
    for (let i = 0; i < 8; i += 1) {
      const admission = await partner.admit(police());
      answers.push(refusal(admission));
      if ('release' in admission) admission.release();
    }
    expect(answers.slice(0, 5)).toEqual([null, null, null, null, null]);
    for (const refused of answers.slice(5)) {
      expect(refused).toEqual({ scope: 'organisation', limit: 'requests', retryAfterSeconds: expect.any(Number) });
      expect(refused!.retryAfterSeconds).toBeGreaterThanOrEqual(55);
      expect(refused!.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    // Each organisation has a budget of its own, of its type's size.
    expect(admitted(await partner.admit(police('antwerpen-police')))).toBe(true);
    expect(admitted(await partner.admit(caw))).toBe(true);
  });

  it('admit as many requests at once as the quota, and one more as soon as one ends', async () => {
    const partner = await limits();
    const first = await partner.admit(police());
    const second = await partner.admit(police());
    expect([admitted(first), admitted(second)]).toEqual([true, true]);
    expect(refusal(await partner.admit(police()))).toEqual({ scope: 'organisation', limit: 'concurrent', retryAfterSeconds: 1 });
    if ('release' in first) first.release();
    await new Promise((resolve) => setTimeout(resolve, 50)); // the release's round trip to Redis
    expect(admitted(await partner.admit(police()))).toBe(true);
  });

  it("hold an application to its own budget inside its organisation's", async () => {
    const partner = await limits({ applications: { default: { requests: 2, perSeconds: 60, concurrent: 100 } } });
    const spend = async (application: string | null) => {
      const admission = await partner.admit(police('limburg-police', application));
      if ('release' in admission) admission.release();
      return refusal(admission)?.scope ?? 'admitted';
    };
    expect([await spend('app-a'), await spend('app-a'), await spend('app-a')]).toEqual(['admitted', 'admitted', 'application']);
    expect([await spend('app-b'), await spend('app-b')]).toEqual(['admitted', 'admitted']);
    // A client id that is a name of every JavaScript object's is just another application.
    expect(await spend('constructor')).toBe('admitted');
    // The organisation's five spent: none left, for any of its applications or a token naming none.
    expect([await spend(null), await spend('app-c')]).toEqual(['organisation', 'organisation']);
  });
});

describe('partner limits shared through Redis', () => {
  it("give a slot back when its lease lapses, as when the replica that took it died mid-request", async () => {
    const partner = await createPartnerLimits(config({ slotLeaseMs: 300 }));
    expect([admitted(await partner.admit(police())), admitted(await partner.admit(police()))]).toEqual([true, true]);
    expect(refusal(await partner.admit(police()))).toMatchObject({ limit: 'concurrent' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(admitted(await partner.admit(police()))).toBe(true);
    await partner.close();
  });

  it('are one budget for every replica: what one admits, the other counts', async () => {
    const shared = config();
    const [a, b] = await Promise.all([createPartnerLimits(shared), createPartnerLimits(shared)]);
    const answers = [];
    for (let i = 0; i < 10; i += 1) {
      const admission = await (i % 2 ? b : a).admit(police());
      answers.push(admitted(admission));
      if ('release' in admission) admission.release();
    }
    expect(answers.filter(Boolean)).toHaveLength(5);
    const held = [await a.admit(police()), await b.admit(police())];
    expect(held.map(refusal)).toEqual([{ scope: 'organisation', limit: 'requests', retryAfterSeconds: expect.any(Number) }, expect.anything()]);
    await Promise.all([a.close(), b.close()]);
  });

  it('still hold, per replica, while Redis cannot be reached', async () => {
    const partner = await createPartnerLimits(config({ redisUrl: 'redis://127.0.0.1:1' }));
    const answers = [];
    for (let i = 0; i < 7; i += 1) {
      const admission = await partner.admit(police());
      answers.push(admitted(admission));
      if ('release' in admission) admission.release();
    }
    expect(answers).toEqual([true, true, true, true, true, false, false]);
    await partner.close();
  });
});

/** A TCP proxy to the machine's Redis that, once stalled, swallows what is sent to Redis: a Redis that hangs, not one that is down. */
async function stallingRedis() {
  const { hostname, port } = new URL(redisUrl);
  const state = { stalled: false };
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
    const upstream = new Socket().connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    upstream.pipe(client);
    client.on('data', (data) => void (state.stalled || upstream.write(data)));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => undefined);
    upstream.on('error', () => undefined);
  });
  await new Promise<void>((listening) => proxy.listen(0, '127.0.0.1', listening));
  return {
    state,
    url: `redis://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((closed) => proxy.close(closed));
    },
  };
}

describe('partner limits over a Redis that stops answering', () => {
  it('answer from memory instead of making every request wait on Redis', async () => {
    const redis = await stallingRedis();
    const partner = await createPartnerLimits(config({ redisUrl: redis.url }));
    try {
      expect(admitted(await partner.admit(police()))).toBe(true);
      redis.state.stalled = true;
      // Without a bound on each Redis command, this admission waits for as long as Redis stays silent.
      const gaveUp = new Promise((resolve) => setTimeout(resolve, 10_000, 'no answer').unref());
      const admission = await Promise.race([partner.admit(police()), gaveUp]);
      expect(admission).toEqual({ release: expect.any(Function) });
    } finally {
      await partner.close();
      await redis.close();
    }
  });
});

describe('refusals held at once', () => {
  it('are at most maxHeldRefusals: beyond, a refusal is answered at once and its connection closed', async () => {
    const limits = await createPartnerLimits(config({ organisations: { default: { requests: 1, perSeconds: 60, concurrent: 1 } }, refusalHoldMs: 60_000, maxHeldRefusals: 2 }, 'memory'));
    let arrived = 0;
    const app = express();
    app.use((req, _res, next) => {
      arrived += 1;
      admit(req, { ...police(), hiddenUntil: null });
      next();
    }, fairShare(limits), (_req, res) => void res.json({ answered: true }));
    const server = await listen(app, 0);
    try {
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(200);
      const answered: number[] = [];
      const heldOnes = [1, 2].map((n) => fetch(server.url, { method: 'POST' }).then(() => answered.push(n), () => undefined));
      for (let tries = 0; tries < 100 && arrived < 3; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, 10));
      const beyond = await fetch(server.url, { method: 'POST' });
      expect([beyond.status, beyond.headers.get('connection'), (await beyond.json()).errors[0].extensions.code]).toEqual([429, 'close', 'RATE_LIMITED']);
      expect(answered).toEqual([]);
      await server.close();
      await Promise.all(heldOnes);
    } finally {
      await server.close();
      await limits.close();
    }
  });
});

describe('a client that goes away while its request is being admitted', () => {
  it('gives its concurrency slot back, so that its organisation is not locked out', async () => {
    const counted = await createPartnerLimits(config({ organisations: { default: { requests: 100, perSeconds: 60, concurrent: 1 } } }, 'memory'));
    // The first admission waits (as on a Redis round trip) until the test lets it go on.
    let goOn!: () => void;
    const held = new Promise<void>((resolve) => (goOn = resolve));
    let first: { res: Response; admitted: Promise<Admission> } | undefined;
    const limits: PartnerLimits = {
      ...counted,
      admit: (partner) => {
        if (first) return counted.admit(partner);
        const admitted = held.then(() => counted.admit(partner));
        first = { res: current!, admitted };
        return admitted;
      },
    };
    let current: Response | undefined;
    const app = express();
    app.use(
      (req, res, next) => {
        current = res;
        admit(req, { ...police(), hiddenUntil: null });
        next();
      },
      fairShare(limits),
      (_req, res) => void res.json({ answered: true }),
    );
    const server = await listen(app, 0);
    try {
      const client = new AbortController();
      const gone = fetch(server.url, { method: 'POST', signal: client.signal }).catch((error: Error) => error.name);
      for (let tries = 0; tries < 100 && !first; tries += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      client.abort();
      expect(await gone).toBe('AbortError');
      if (!first!.res.closed) await once(first!.res, 'close');
      goOn();
      await first!.admitted;
      const next = await fetch(server.url, { method: 'POST' });
      expect(next.status).toBe(200);
    } finally {
      await server.close();
      await counted.close();
    }
  });
});

describe('a flood from one partner, through the gateway', () => {
  const holdMs = 200;
  let hub: RunningHub;
  let gateway: RunningGateway;
  const logged: Record<string, unknown>[] = [];
  beforeAll(async () => {
    hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    const subgraphUrls = Object.fromEntries(hub.subgraphs.map(({ name, graphqlUrl }) => [name, graphqlUrl]));
    const env = {
      ...process.env,
      REDIS_URL: redisUrl,
      RATE_LIMIT_KEY_PREFIX: config().keyPrefix,
      RATE_LIMITS: JSON.stringify({ organisations: { POLICE: { requests: 20, perSeconds: 60, concurrent: 4 } } }),
      RATE_LIMIT_HOLD_MS: String(holdMs),
    };
    const { port: _port, ...options } = await gatewayOptionsFromEnv(subgraphUrls, testDatabaseUrl(), env, testIssuer);
    const requestLog = createLogger({ write: (line: string) => void logged.push(JSON.parse(line)) });
    requestLog.level = 'info';
    gateway = await startGateway({ ...options, requestLog }, 0);
  });
  afterAll(async () => {
    await gateway.close();
    await hub.stop();
  });

  it("gets 429 RATE_LIMITED with Retry-After beyond its share, while another partner's requests are all answered", async () => {
    const flooder = await tokenFor(police().actor);
    const other = await tokenFor(caw.actor);
    const heavy = JSON.stringify({ query: operation('DossierPage'), variables: { safeHomeId: 'limburg', first: 50 } });
    const light = { query: '{ dossier(code: "LIMB6024") { code } }' };
    const flood: { status: number; retryAfter: string | null; code?: string }[] = [];
    let sent = 0;
    const flooding = Promise.all(
      Array.from({ length: 64 }, async () => {
        while (sent < 400) {
          sent += 1;
          const response = await fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${flooder}` }, body: heavy });
          const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
          flood.push({ status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions.code });
        }
      }),
    );
    const others = [];
    for (let i = 0; i < 10; i += 1) others.push(await postGraphQL(gateway.graphqlUrl, light, { authorization: `Bearer ${other}` }));
    await flooding;

    expect(others.map(({ status, body }) => [status, body.errors])).toEqual(Array(10).fill([200, undefined]));
    const served = flood.filter(({ status }) => status === 200);
    const refused = flood.filter(({ status }) => status === 429);
    expect(served.length + refused.length).toBe(400);
    expect(served.length).toBeLessThanOrEqual(20);
    expect(refused.every(({ code, retryAfter }) => code === 'RATE_LIMITED' && Number(retryAfter) >= 1)).toBe(true);

    const refusedLines = logged.filter((line) => line.msg === 'graphql request' && line.status === 429);
    expect(refusedLines).toHaveLength(refused.length);
    expect(refusedLines[0]).toMatchObject({ organisation: 'limburg-police', outcome: 'rate_limited', refusal: expect.stringMatching(/^organisation (requests|concurrent)$/) });
  });

  it('refuses an over-limit request before reading it (a body that is not even JSON gets 429, not 400), and holds the refusal', async () => {
    const started = Date.now();
    const response = await fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(police().actor)}` }, body: '{ not json' });
    expect(response.status).toBe(429);
    // A partner that never backs off gets its refusals no faster than one per hold per connection.
    expect(Date.now() - started).toBeGreaterThanOrEqual(holdMs - 5);
  });
});
