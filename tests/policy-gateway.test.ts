import { RunningHub, startHub } from '../hub/start-hub';
import { Purpose, Role } from '../policy';
import { testDatabaseUrl } from './support/database';
import { actor, limburgCaseManager, limburgPolice, postGraphQL, statistician, tokenFor, useTestHub } from './support/hub';
import { testIssuer } from './support/test-issuer';

const { query } = useTestHub();
const dpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);

describe('the gateway removes fields the actor can never read, before planning', () => {
  it('answers a forbidden root field with null and FORBIDDEN naming the reason, and runs the rest', async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { code } referredFamiliesPerYear(filter: { fromYear: 2024 }) { count } }', {}, statistician());
    expect(body.data).toEqual({ dossier: null, referredFamiliesPerYear: [{ count: 3001 }] });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['dossier'], extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'Query.dossier' }), message: expect.stringMatching(/no rule lets a STATISTICIAN .* read it for STATISTICS/) }),
    ]);
  });

  it('gives the DPO no case content', async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { code } person(id: "6024d055-1e00-4000-8000-0000000000a1") { givenName } }', {}, dpo());
    expect(body.data).toEqual({ dossier: null, person: null });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('finds a forbidden field through aliases, named fragments, inline fragments and @include, at every list index', async () => {
    const { body } = await query(`
      query($yes: Boolean!, $no: Boolean!) {
        dossier(code: "LIMB6024") {
          code
          persons { role person { ...Identity nn: nationalNumber ... on Person { again: nationalNumber } } }
          skipped: persons @skip(if: $yes) { person { nationalNumber } }
          included: persons @include(if: $yes) { person { nationalNumber } }
          notIncluded: persons @include(if: $no) { person { nationalNumber } }
        }
      }
      fragment Identity on Person { givenName nationalNumber }`, { yes: true, no: false });
    const persons = body.data!.dossier.persons;
    expect(persons).toHaveLength(4);
    expect(persons[0].person).toEqual({ givenName: 'Noor', nationalNumber: null, nn: null, again: null });
    expect(body.data!.dossier.included[3]).toEqual({ person: { nationalNumber: null } });
    const paths = body.errors!.map((error) => error.path!.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['dossier.persons.0.person.nationalNumber', 'dossier.persons.3.person.nn', 'dossier.persons.2.person.again', 'dossier.included.1.person.nationalNumber']));
    expect(paths).toHaveLength(4 * 3 + 4);
    expect(paths.some((path) => path.startsWith('dossier.skipped') || path.startsWith('dossier.notIncluded'))).toBe(false);
    expect(body.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/__policy|\d\d\.\d\d\.\d\d-\d{3}\.\d\d/);
  });

  it('keeps the parent when every field asked of it is forbidden', async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { persons { person { nationalNumber } } } }');
    expect(body.data!.dossier.persons[0]).toEqual({ person: { nationalNumber: null } });
  });

  it('never serves one actor the plan filtered for another (same document, different actors)', async () => {
    const document = '{ dossier(code: "LIMB6024") { persons { person { nationalNumber } } } }';
    const police = await query(document, {}, limburgPolice());
    const team = await query(document, {}, limburgCaseManager());
    const policeAgain = await query(document, {}, limburgPolice());
    expect(police.body.data!.dossier.persons[0].person.nationalNumber).toBeNull();
    expect(team.body.errors).toBeUndefined();
    expect(team.body.data!.dossier.persons[0].person.nationalNumber).toBe('91.04.17-992.50');
    expect(policeAgain.body.data!.dossier.persons[0].person.nationalNumber).toBeNull();
  });

  it('does not offer _entities to callers', async () => {
    const { status, body } = await query('{ _entities(representations: [{ __typename: "Person", id: "6024d055-1e00-4000-8000-0000000000a1" }]) { ... on Person { nationalNumber } } }');
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('with POLICY_ON_FORBIDDEN=reject-operation', () => {
  let hub: RunningHub;
  beforeAll(async () => {
    process.env.POLICY_ON_FORBIDDEN = 'reject-operation';
    try {
      hub = await startHub({ databaseUrl: testDatabaseUrl(), gatewayPort: 0, subgraphPort: () => 0, authentication: testIssuer });
    } finally {
      delete process.env.POLICY_ON_FORBIDDEN;
    }
  });
  afterAll(() => hub.stop());

  it('refuses the whole operation, with FORBIDDEN for each field, and returns no data', async () => {
    const { body } = await postGraphQL(hub.gateway.graphqlUrl, { query: '{ dossier(code: "LIMB6024") { code persons { person { nationalNumber } } } }' }, { authorization: `Bearer ${await tokenFor()}` });
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ path: ['dossier', 'persons', 'person', 'nationalNumber'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });
});
