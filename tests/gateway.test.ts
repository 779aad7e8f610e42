import { DossierPageDocument, DossierPageQuery, DossierWithPersonsAndRiskDocument } from '../clients/generated/graphql';
import { LIMB6024 } from '../seed/fixtures';
import { Purpose, Role } from '../policy';
import { actor, GraphQLResponse, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';

const { hub, query, run } = useTestHub();

function expectNoInternals(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat .*\.ts:\d+|node_modules|select .* from/i);
}

describe('the gateway serves the federated graph', () => {
  it("returns the README query: LIMB6024 with its persons and current risk level, joined across three subgraphs", async () => {
    const { status, body } = await run(DossierWithPersonsAndRiskDocument, { code: 'LIMB6024' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const dossier = body.data!.dossier!;
    expect(dossier).toMatchObject({ code: 'LIMB6024', track: 3, status: 'ACTIVE', safeHome: { name: 'Veilig Huis Limburg' }, currentRiskLevel: 'HIGH' });
    expect(dossier.persons!.map((p) => p!.role)).toEqual(['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'CHILD']);
    expect(dossier.riskAssessments!.map((a) => a!.level)).toEqual(['HIGH', 'MEDIUM']);
  });

  it('answers the case consultation participants of LIMB6024 from the dossiers subgraph', async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { caseConsultations { participants { id } } } }');
    expect(body.data!.dossier.caseConsultations[0].participants.map((o: { id: string }) => o.id).sort()).toEqual([...LIMB6024.consultationParticipants].sort());
  });

  it('resolves entities in both directions: a person\'s risk history, an assessment\'s assessor organisation', async () => {
    const { body } = await query(`{ person(id: "${LIMB6024.victimId}") { givenName riskHistory { level assessor { id type } instrument { code version items { code } } } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.person.riskHistory).toHaveLength(2);
    expect(body.data!.person.riskHistory[1].assessor).toEqual({ id: 'limburg-police', type: 'POLICE' });
    expect(body.data!.person.riskHistory[0].instrument.items.map((i: { code: string }) => i.code)).toContain('R9');
  });

  it('pages through dossiers with cursors, and the pages add up to the total', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    const brusselTeam = actor('brussel-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
    do {
      const variables: { safeHomeId: string; first: number; after: string | null } = { safeHomeId: 'brussel', first: 100, after };
      const { body }: GraphQLResponse<DossierPageQuery> = await run(DossierPageDocument, variables, brusselTeam);
      const page = body.data!.dossiers!;
      total = page.totalCount!;
      seen.push(...page.nodes!.map((node) => node!.code!));
      after = page.pageInfo!.hasNextPage ? page.pageInfo!.endCursor ?? null : null;
    } while (after);
    expect(total).toBeGreaterThan(200);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort()).toEqual(seen);
    expect(seen.every((code) => code.startsWith('BRUS'))).toBe(true);
  });

  it('answers statistics with the published Flemish totals', async () => {
    const { body } = await query('{ referredFamiliesPerYear { year count } consultsPerYear { year count } }', {}, statistician());
    expect(body.data).toEqual({
      referredFamiliesPerYear: [{ year: 2022, count: 1971 }, { year: 2023, count: 2467 }, { year: 2024, count: 3001 }],
      consultsPerYear: [{ year: 2022, count: 754 }, { year: 2023, count: 1169 }, { year: 2024, count: 1372 }],
    });
  });

  it('answers GET /health with 200 while every subgraph is up', async () => {
    const response = await fetch(`${hub().gateway.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', subgraphs: { dossiers: 'ok', persons: 'ok', risk: 'ok', statistics: 'ok' } });
  });
});

describe('bad input gets a clear error with a stable code', () => {
  const cases: [string, unknown, string, number][] = [
    ['malformed GraphQL', { query: '{ dossier(code: ' }, 'GRAPHQL_PARSE_FAILED', 400],
    ['an unknown field', { query: '{ dossier(code: "LIMB6024") { secretField } }' }, 'GRAPHQL_VALIDATION_FAILED', 400],
    ['a variable of the wrong type', { query: 'query($c: String!) { dossier(code: $c) { code } }', variables: { c: 42 } }, 'BAD_USER_INPUT', 400],
    ['a missing variable', { query: 'query($c: String!) { dossier(code: $c) { code } }' }, 'BAD_USER_INPUT', 400],
    ['a page larger than allowed', { query: '{ dossiers(first: 1000) { totalCount } }' }, 'BAD_USER_INPUT', 200],
    ['a forged cursor', { query: '{ dossiers(after: "not-a-cursor") { totalCount } }' }, 'BAD_USER_INPUT', 200],
    ['an inverted year range', { query: '{ consultsPerYear(filter: { fromYear: 2024, toYear: 2022 }) { year } }' }, 'BAD_USER_INPUT', 200],
    ['no query at all', {}, 'BAD_REQUEST', 400],
    ['an alias flood', { query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: safeHomes { id }`).join(' ')} }` }, 'GRAPHQL_VALIDATION_FAILED', 400],
    ['a document with too many tokens', { query: `{ safeHomes { ${'id '.repeat(3100)}} }` }, 'GRAPHQL_PARSE_FAILED', 400],
    ['nesting deeper than allowed', { query: `{ safeHomes { ${'organisations { safeHome { '.repeat(7)}id${' } }'.repeat(7)} } }` }, 'GRAPHQL_VALIDATION_FAILED', 400],
  ];

  it.each(cases)('%s', async (name, request, code, status) => {
    const who = name.includes('year range') ? statistician() : undefined;
    const response = await postGraphQL(hub().gateway.graphqlUrl, request, { authorization: `Bearer ${await tokenFor(who)}` });
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0].extensions?.code).toBe(code);
    expectNoInternals(response.body);
  });

  it('a body that is not JSON', async () => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, '{"query": ', { authorization: `Bearer ${await tokenFor()}` });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  it('does not suggest field names to a caller probing the schema', async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { cod } }');
    expect(body.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('an unknown dossier code is null, not an error', async () => {
    const { body } = await query('{ dossier(code: "NOPE0000") { code } }');
    expect(body).toEqual({ data: { dossier: null } });
  });
});
