import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Knex } from 'knex';
import { createAuditLog } from '../audit-log/disclosure-log';
import { createPartnerLimits } from '../gateway/partner-limits';
import { gatewayConfigFromEnv } from '../hub/gateway-config';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { createActorTokenSigner } from '../platform/actor-token';
import { createDatabase } from '../platform/database';
import { testDatabaseUrl } from './support/database';
import { conformanceCases } from './support/federation/cases';
import { permissiveEngine } from './support/federation/permissive-engine';
import { FederatedWorld, startFederatedWorld } from './support/federation/world';
import { actor, GraphQLResponse, postGraphQL } from './support/hub';
import { testIssuer } from './support/test-issuer';
import { Purpose, Role } from '../policy';

// The hub's gateway with a policy that allows everything must answer exactly as a stock
// @apollo/gateway over the same supergraph: the policy layer adds and takes away nothing else.
const who = { ...actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION), subject: `conformance-${process.pid}@limburg-police` };
// The gateway's fair share (unthrottled for the tests: jest.config.js), deadlines and shutdown.
const { partnerLimits, resilience, shutdownGraceMs } = gatewayConfigFromEnv(process.env, testIssuer);
// No registry of trusted documents: the conformance suite's documents are its own, run as they are sent.
const operations = async () => ({
  partnerLimits: await createPartnerLimits(partnerLimits), resilience, shutdownGraceMs,
  trustedDocuments: { mode: 'off' as const, adHocApplications: [], registry: async () => null },
});

let world: FederatedWorld;
let hub: RunningGateway;
let stock: { server: ApolloServer; url: string };
let db: Knex;

beforeAll(async () => {
  world = await startFederatedWorld();
  db = createDatabase(testDatabaseUrl());
  hub = await startGateway({
    supergraphSdl: world.supergraphSdl,
    policy: permissiveEngine,
    authenticate: async () => ({ actor: who, application: null }),
    ...(await operations()),
    signActorToken: await createActorTokenSigner(),
    introspection: true,
    audit: createAuditLog(createDatabase(testDatabaseUrl())),
  }, 0);
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: world.supergraphSdl }) });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  stock = { server, url };
});

afterAll(async () => {
  await hub?.close();
  await stock?.server.stop();
  await world?.stop();
  await db?.destroy();
});

async function ask(url: string, body: object): Promise<GraphQLResponse> {
  world.reset();
  return postGraphQL(url, body, { authorization: 'Bearer conformance' });
}

/** A stock answer as the hub words it: the message of an internal error stays in the hub's log (README, "Errors"). */
function asTheHubMasks(response: GraphQLResponse): GraphQLResponse {
  const errors = response.body.errors?.map((error) => (error.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...error, message: 'Internal error.' } : error));
  return errors ? { ...response, body: { ...response.body, errors } } : response;
}

describe('the hub gateway with a permissive policy answers as a stock @apollo/gateway', () => {
  it.each(Object.entries(conformanceCases))('%s', async (_name, request) => {
    const expected = asTheHubMasks(await ask(stock.url, request));
    const answered = await ask(hub.graphqlUrl, request);
    expect(expected.status).toBeLessThan(500);
    expect(answered.status).toBe(expected.status);
    expect(answered.body).toEqual(expected.body);
    // Key for key in the same order, as a client reading the JSON sees it.
    expect(JSON.stringify(answered.body)).toBe(JSON.stringify(expected.body));
  });

  it('writes every answer to the disclosure log, the audited records by id', async () => {
    const [{ n }] = await db('audit.disclosures').where({ actorSubject: who.subject }).count({ n: '*' });
    expect(Number(n)).toBeGreaterThanOrEqual(Object.keys(conformanceCases).length);
    const audited = await db('audit.disclosures').where({ actorSubject: who.subject, kind: 'SUBJECT' }).distinct('subjectType');
    expect(audited.map((line) => line.subjectType).sort()).toEqual(['Review', 'User']);
  });
});

describe('a refusal takes away only the refused fields, on the types it refuses them on', () => {
  // Refused on one implementation of an interface that another subgraph sees as an @interfaceObject:
  // the policy layer must mark the runtime type where it needs it without the planner failing.
  const refused: Record<string, Set<string>> = { Organisation: new Set(['handle']), User: new Set(['name']) };
  const restrictiveEngine = {
    ...permissiveEngine,
    forActor: () => ({ refusal: (typeName: string, field: string) => (refused[typeName]?.has(field) ? `${typeName}.${field} is refused here` : null), grantingRule: () => null }),
  };
  let restricted: RunningGateway;

  beforeAll(async () => {
    restricted = await startGateway({
      supergraphSdl: world.supergraphSdl,
      policy: restrictiveEngine,
      authenticate: async () => ({ actor: who, application: null }),
    ...(await operations()),
      signActorToken: await createActorTokenSigner(),
      introspection: true,
      audit: createAuditLog(createDatabase(testDatabaseUrl())),
    }, 0);
  });
  afterAll(() => restricted?.close());

  /** The paths, in a stock answer, of the refused fields of the objects their __typename names. */
  function refusedPaths(value: unknown, path: (string | number)[] = []): string[] {
    if (Array.isArray(value)) return value.flatMap((item, index) => refusedPaths(item, [...path, index]));
    if (!value || typeof value !== 'object') return [];
    const object = value as Record<string, unknown>;
    const own = Object.keys(object).filter((key) => refused[String(object.__typename)]?.has(key)).map((key) => [...path, key].join('.'));
    return [...own, ...Object.entries(object).flatMap(([key, child]) => refusedPaths(child, [...path, key]))];
  }
  const nulled = (value: unknown, paths: Set<string>, path: (string | number)[] = []): unknown => {
    if (paths.has(path.join('.'))) return null;
    if (Array.isArray(value)) return value.map((item, index) => nulled(item, paths, [...path, index]));
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, nulled(child, paths, [...path, key])]));
  };

  it.each([
    ['a field of the interface refused on one implementation', '{ accounts { __typename id handle } }'],
    ['the same through an @interfaceObject', '{ reviews { id author { __typename id handle reviewCount } } }'],
    ['a refused field in a fragment on an implementation under an @interfaceObject', '{ reviews(minRating: 2) { author { __typename reviewCount ... on User { name handle } } } }'],
    ['an @interfaceObject field beside a refused one', '{ account(id: "o1") { __typename handle reviewCount ... on Organisation { members { __typename name handle } } } }'],
  ])('%s', async (_name, query) => {
    const expected = await ask(stock.url, { query });
    const answered = await ask(restricted.graphqlUrl, { query });
    const paths = refusedPaths(expected.body.data);
    expect(paths.length).toBeGreaterThan(0);
    expect(answered.status).toBe(200);
    expect((answered.body.errors ?? []).map((error) => [error.extensions?.code, error.path?.join('.')]).sort()).toEqual(paths.map((path) => ['FORBIDDEN', path]).sort());
    expect(JSON.stringify(answered.body.data)).toBe(JSON.stringify(nulled(expected.body.data, new Set(paths))));
  });
});
