import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Knex } from 'knex';
import { createAuditLog } from '../audit-log/disclosure-log';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { createActorTokenSigner } from '../platform/actor-token';
import { createDatabase } from '../platform/database';
import { testDatabaseUrl } from './support/database';
import { conformanceCases } from './support/federation/cases';
import { permissiveEngine } from './support/federation/permissive-engine';
import { FederatedWorld, startFederatedWorld } from './support/federation/world';
import { actor, GraphQLResponse, postGraphQL } from './support/hub';
import { Purpose, Role } from '../policy';

// The hub's gateway with a policy that allows everything must answer exactly as a stock
// @apollo/gateway over the same supergraph: the policy layer adds and takes away nothing else.
const who = { ...actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION), subject: `conformance-${process.pid}@limburg-police` };

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
    authenticate: async () => who,
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

describe('the hub gateway with a permissive policy answers as a stock @apollo/gateway', () => {
  it.each(Object.entries(conformanceCases))('%s', async (_name, request) => {
    const expected = await ask(stock.url, request);
    const answered = await ask(hub.graphqlUrl, request);
    expect(expected.status).toBe(200);
    expect(answered.status).toBe(expected.status);
    expect(answered.body).toStrictEqual(expected.body);
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
