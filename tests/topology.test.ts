import { Knex } from 'knex';
import { subgraphs } from '../hub/subgraphs';
import { prepareDatabase } from '../hub/prepare-database';
import { createDatabase } from '../platform/database';
import { newTrace } from './support/audit';
import { npmCommand } from './support/commands';
import { createScratchDatabase, dropScratchDatabase } from './support/database';
import { HubProcess, startHubProcess } from './support/hub-process';
import { postGraphQL } from './support/hub';
import { clientCredentials, useIdentityProvider } from './support/identity-provider';
import { storedClientSecret } from '../identity/secrets';
import { operation } from '../clients/operations';

/**
 * The production topology on this machine (deploy/kubernetes/): every subgraph a process of its own, two gateway
 * replicas sharing Redis and one PostgreSQL, trusting an identity provider of their own (here the development one),
 * load through both at once. Each replica appends to the one
 * disclosure log, whose chain lock serialises the appends: the chain must come out intact with every request's lines.
 */
const requests = 240;
const inFlight = 16;
const query = '{ dossier(code: "LIMB6024") { code status persons { role person { givenName familyName } } currentRiskLevel } }';
const unthrottled = { requests: 1_000_000, perSeconds: 1, concurrent: 10_000 };
const cawBudget = 10;

let database: string;
let databaseUrl: string;
let db: Knex;
const processes: HubProcess[] = [];
let gateways: HubProcess[];
const identity = useIdentityProvider();

/** A partner application's token, asked of the provider as the application asks for it. */
const applicationToken = async (application: string, purpose: string) =>
  (await clientCredentials(identity().issuer, application, storedClientSecret(application)!, `purpose:${purpose}`)).body.access_token!;

beforeAll(async () => {
  const scratch = await createScratchDatabase('safehome_topology');
  ({ database, url: databaseUrl } = scratch);
  db = createDatabase(databaseUrl);
  await prepareDatabase(db);
  // Port 0 everywhere: each process takes a free port and logs where it listens.
  // Not NODE_ENV=test (jest's), under which Apollo Server leaves the termination signals alone: as a deployment runs them.
  const common = { DATABASE_URL: databaseUrl, PORT: '0', METRICS_PORT: '0', NODE_ENV: 'development' };
  const started = await Promise.all(subgraphs.map(({ name }) => startHubProcess(name, 'start-subgraph', [name], common, 'subgraph is up')));
  processes.push(...started);
  const subgraphUrls = Object.fromEntries(started.map(({ name, graphqlUrl }) => [`SUBGRAPH_${name.toUpperCase()}_URL`, graphqlUrl]));
  // Both replicas count against the same budgets in one Redis (keys of this run only): unthrottled but for the
  // CAWs, which may send cawBudget requests a minute.
  const gatewayEnv = {
    ...common,
    ...subgraphUrls,
    GATEWAY_PORT: '0',
    AUTH_ISSUER: identity().issuer,
    AUTH_JWKS_URL: `${identity().issuer}/jwks`,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_KEY_PREFIX: `safehome-topology-${process.pid}-${Date.now()}`,
    RATE_LIMITS: JSON.stringify({ organisations: { default: unthrottled, SAFE_HOME: unthrottled, CAW: { requests: cawBudget, perSeconds: 60, concurrent: 100 } } }),
  };
  gateways = await Promise.all(['gateway-a', 'gateway-b'].map((name) => startHubProcess(name, 'start-gateway', [], gatewayEnv, 'gateway is up')));
  processes.push(...gateways);
}, 90_000);

afterAll(async () => {
  for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await db?.destroy();
  if (database) await dropScratchDatabase(database);
});

test('load through both gateway replicas at once: every answer whole, every request in the one intact disclosure log, one budget for both, SIGTERM ends each process with 0', async () => {
  const token = await applicationToken('limburg-police-app', 'CASE_CONSULTATION');
  const sent = new Map<string, string>(); // trace id → the replica that answered it
  const answers: { status: number; errors?: unknown }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < requests) {
        const gateway = gateways[next++ % gateways.length];
        const { traceId, traceparent } = newTrace();
        sent.set(traceId, gateway.name);
        const { status, body } = await postGraphQL(gateway.graphqlUrl, { query }, { authorization: `Bearer ${token}`, traceparent });
        answers.push({ status, errors: body.errors });
      }
    }),
  );
  expect(answers.length).toBe(requests);
  expect(answers.filter((answer) => answer.status !== 200 || answer.errors)).toEqual([]);

  // Every request either replica answered has its lines in the one log, under the trace id it was sent with.
  // (prepareDatabase's registration of trusted documents logged the hub's own approvals too: those are no request.)
  const logged = new Set(await db('audit.disclosures').whereNot('organisation_id', 'safe-home-hub').distinct('trace_id').pluck('trace_id'));
  for (const { name } of gateways) {
    const answered = [...sent].filter(([, replica]) => replica === name).map(([traceId]) => traceId);
    expect([name, answered.length, answered.filter((traceId) => !logged.has(traceId))]).toEqual([name, requests / gateways.length, []]);
  }
  expect(logged.size).toBe(requests);

  // The rate limits hold across replicas: three times its budget, sent through both in turn, and the CAW gets its budget, no more.
  const caw = await applicationToken('limburg-caw-app', 'CASE_CONSULTATION');
  const budgeted = await Promise.all(
    Array.from({ length: 3 * cawBudget }, async (_, i) => {
      const gateway = gateways[i % gateways.length];
      const response = await fetch(gateway.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${caw}` }, body: JSON.stringify({ query: '{ dossier(code: "LIMB6024") { code } }' }) });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      return { replica: gateway.name, status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0].extensions.code };
    }),
  );
  expect(budgeted.filter(({ status }) => status === 200)).toHaveLength(cawBudget);
  const refused = budgeted.filter(({ status }) => status === 429);
  expect(refused).toHaveLength(2 * cawBudget);
  expect(refused.every(({ code, retryAfter }) => code === 'RATE_LIMITED' && Number(retryAfter) >= 1 && Number(retryAfter) <= 60)).toBe(true);
  expect(new Set(refused.map(({ replica }) => replica))).toEqual(new Set(gateways.map(({ name }) => name)));

  const verified = await npmCommand(databaseUrl, 'audit:verify');
  expect(verified.out).toMatch(/the disclosure log is intact/);
  expect(verified.code).toBe(0);

  // SIGTERM while a request is in flight: the gateways finish it and exit 0, then the subgraphs.
  const pending = postGraphQL(gateways[0].graphqlUrl, { query: operation('DossierPage'), variables: { safeHomeId: 'limburg', first: 50 } }, { authorization: `Bearer ${token}` });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const stopped = async (stopping: HubProcess[]) => Promise.all(stopping.map(async (hubProcess) => [hubProcess.name, await hubProcess.stop()]));
  expect(await stopped(gateways)).toEqual(gateways.map(({ name }) => [name, 0]));
  const answered = await pending;
  // The police see the page, with the risk of the dossiers they do not consult on refused: answered whole, not cut.
  expect([answered.status, answered.body.data?.dossiers.nodes.length]).toEqual([200, 50]);
  expect(new Set(answered.body.errors?.map((error) => error.extensions?.code))).toEqual(new Set(['FORBIDDEN']));
  const subgraphProcesses = processes.filter((hubProcess) => !gateways.includes(hubProcess));
  expect(await stopped(subgraphProcesses)).toEqual(subgraphProcesses.map(({ name }) => [name, 0]));
});
