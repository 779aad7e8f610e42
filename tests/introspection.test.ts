import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { gatewayConfigFromEnv } from '../hub/gateway-config';
import { RunningHub, startHub } from '../hub/start-hub';
import { apiSchemaPath } from '../schema/files';
import { newTrace } from './support/audit';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { limburgPolice, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';
import { testIssuer } from './support/test-issuer';

const { hub, query } = useTestHub();
const db = useTestDatabase();
const sorted = (sdl: string) => printSchema(lexicographicSortSchema(buildSchema(sdl)));

describe('introspection of the public API schema', () => {
  it('answers an authenticated partner with the public API schema itself: every type with its fields, no federation internals', async () => {
    const trace = newTrace();
    const { status, body } = await query(getIntrospectionQuery({ inputValueDeprecation: true }), undefined, limburgPolice(), { traceparent: trace.traceparent });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const schema = buildClientSchema(body.data as IntrospectionQuery);
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['dossier', 'dossiers', 'person', 'referredFamiliesPerYear']));
    expect(Object.keys((schema.getType('Dossier') as never as { getFields(): object }).getFields())).toEqual(expect.arrayContaining(['code', 'track', 'persons', 'currentRiskLevel']));
    expect(Object.keys(schema.getTypeMap()).filter((name) => /^(join__|link__|_Entity|_Service|_Any)/.test(name))).toEqual([]);
    expect(printSchema(lexicographicSortSchema(schema))).toBe(sorted(readFileSync(apiSchemaPath, 'utf8')));

    // Logged like any request: one summary line, nothing of a person or dossier disclosed.
    const lines = await db()('audit.disclosures').where({ traceId: trace.traceId });
    expect(lines).toEqual([expect.objectContaining({ kind: 'SUMMARY', operationName: 'IntrospectionQuery', outcome: 'NOTHING', organisationId: 'limburg-police' })]);
  });

  it('answers a single type, beside data in the same operation', async () => {
    const { body } = await query('query Mixed { __type(name: "Dossier") { fields { name } } safeHomes { name } }', undefined, statistician());
    expect(body.errors).toBeUndefined();
    expect(body.data!.__type.fields).toEqual(expect.arrayContaining([{ name: 'code' }, { name: 'persons' }]));
    expect(body.data!.safeHomes).toContainEqual({ name: 'Veilig Huis Limburg' });
  });

  it('is refused without a token, as every request is', async () => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, { query: getIntrospectionQuery() });
    expect(response.status).toBe(401);
    expect(response.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('with GRAPHQL_INTROSPECTION=false', () => {
  let off: RunningHub;
  beforeAll(async () => {
    process.env.GRAPHQL_INTROSPECTION = 'false';
    try {
      off = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    } finally {
      delete process.env.GRAPHQL_INTROSPECTION;
    }
  });
  afterAll(() => off.stop());

  it('refuses introspection with INTROSPECTION_DISABLED, and answers data as before', async () => {
    const authorization = `Bearer ${await tokenFor(limburgPolice())}`;
    for (const document of [getIntrospectionQuery(), '{ safeHomes { name } __type(name: "Dossier") { name } }']) {
      const { status, body } = await postGraphQL(off.gateway.graphqlUrl, { query: document }, { authorization });
      expect(status).toBe(400);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/introspection is turned off/i), extensions: { code: 'INTROSPECTION_DISABLED' } })]);
    }
    const data = await postGraphQL(off.gateway.graphqlUrl, { query: '{ __typename safeHomes { name } }' }, { authorization });
    expect(data.status).toBe(200);
    expect(data.body.data!.safeHomes).toContainEqual({ name: 'Veilig Huis Limburg' });
  });

  it('is the default in production, and on elsewhere', () => {
    const production = { NODE_ENV: 'production', AUTH_ISSUER: 'https://idp.example.org', AUTH_JWKS_URL: 'https://idp.example.org/jwks' };
    expect(gatewayConfigFromEnv(production).introspection).toBe(false);
    expect(gatewayConfigFromEnv({ ...production, GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(gatewayConfigFromEnv({}, testIssuer).introspection).toBe(true);
    expect(() => gatewayConfigFromEnv({ GRAPHQL_INTROSPECTION: 'no' })).toThrow(/GRAPHQL_INTROSPECTION must be true or false/);
  });
});
