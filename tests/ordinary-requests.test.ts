import { readFileSync } from 'node:fs';
import { buildSchema, isScalarType, isSpecifiedScalarType } from 'graphql';
import { Purpose, Role } from '../policy';
import { apiSchemaPath } from '../schema/files';
import { LIMB6024 } from '../seed/fixtures';
import { hubScalars } from '../platform/scalars';
import { newTrace } from './support/audit';
import { family, referral, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { actor, GraphQLResponse, limburgCaseManager, postGraphQL, tokenFor, useTestHub } from './support/hub';

// Valid or ordinary requests, and the mistakes a caller makes, never end in a 500 or an
// INTERNAL_SERVER_ERROR: each is answered, or refused with a stable code naming what was wrong.
const { hub, query } = useTestHub('casework');
const db = useTestDatabase('casework');
const dpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);

const errorOf = (response: GraphQLResponse) => {
  const error = response.body.errors?.[0];
  return { status: response.status, code: error?.extensions?.code, field: error?.extensions?.field };
};

const referFamily = 'mutation Refer($input: ReferralInput!) { referFamily(input: $input) { linkedToExistingDossier } }';

describe('variables are coerced once, defaults included, and every walk of the operation uses them', () => {
  it('applies @include and @skip on a variable with a default when no value is sent, in the answer and in the disclosure log', async () => {
    const trace = newTrace();
    const response = await query(
      'query Defaults($withTrack: Boolean = true, $withoutPersons: Boolean = true) { dossier(code: "LIMB6024") { code track @include(if: $withTrack) persons @skip(if: $withoutPersons) { role } } }',
      undefined, limburgCaseManager(), { traceparent: trace.traceparent },
    );
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { dossier: { code: 'LIMB6024', track: 3 } } });
    const lines = await db()('audit.disclosures').where({ traceId: trace.traceId });
    expect(lines.map((line) => [line.subjectType, line.fields.map((field: { field: string }) => field.field).sort()])).toEqual([['Dossier', ['Dossier.code', 'Dossier.track']]]);
  });

  it('uses the values sent over the defaults', async () => {
    const response = await query(
      'query Sent($withTrack: Boolean = true, $withoutPersons: Boolean = true) { dossier(code: "LIMB6024") { track @include(if: $withTrack) persons @skip(if: $withoutPersons) { role } } }',
      { withTrack: false, withoutPersons: false }, limburgCaseManager(),
    );
    expect(response.body.data!.dossier).toEqual({ persons: expect.arrayContaining([{ role: 'VICTIM' }]) });
  });

  it('refuses a variable of the wrong type with BAD_USER_INPUT naming it, before anything runs', async () => {
    const response = await query('query Wrong($withTrack: Boolean!) { dossier(code: "LIMB6024") { track @include(if: $withTrack) } }', { withTrack: 'yes' }, limburgCaseManager());
    expect(errorOf(response)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'withTrack' });
  });
});

describe('documents the hub cannot run as they are', () => {
  it('asks for the operation name when a document holds two operations and names none, or an unknown one', async () => {
    const two = await query('query A { safeHomes { name } } query B { safeHomes { id } }', undefined, limburgCaseManager());
    expect(errorOf(two)).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
    expect(two.body.errors![0].message).toMatch(/operation name/);
    const unknown = await postGraphQL(hub().gateway.graphqlUrl, { query: 'query A { safeHomes { name } }', operationName: 'C' }, { authorization: `Bearer ${await tokenFor(limburgCaseManager())}` });
    expect(errorOf(unknown)).toMatchObject({ status: 400, code: 'OPERATION_RESOLUTION_FAILURE' });
  });

  it('never learns a document from an automatic persisted query: a hash that is not that of its text is refused, and so is a version it does not know', async () => {
    const send = async (version: number) =>
      postGraphQL(hub().gateway.graphqlUrl, { query: '{ safeHomes { id } }', extensions: { persistedQuery: { version, sha256Hash: 'abc' } } }, { authorization: `Bearer ${await tokenFor(limburgCaseManager())}` });
    expect(errorOf(await send(1))).toMatchObject({ status: 400, code: 'PERSISTED_QUERY_HASH_MISMATCH' });
    expect(errorOf(await send(2))).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
  });

  it('refuses a subscription: the API has none', async () => {
    const response = await query('subscription Changes { safeHomes { name } }', undefined, limburgCaseManager());
    expect(errorOf(response)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(response.body.errors![0].message).toMatch(/no subscription operations/);
  });
});

describe('dates that are not dates', () => {
  it.each(['1990-13-45', '01/02/1990', '2026-02-30', '2023-02-29', '0000-01-01'])('refuses %s in a variable with BAD_USER_INPUT naming the field, and writes nothing', async (birthDate) => {
    const persons = family(`date-${birthDate.replace(/\W/g, '')}`);
    const response = await query(referFamily, { input: referral([{ ...persons[0], birthDate }, persons[1]]) }, who.policeReferring());
    expect(errorOf(response)).toEqual({ status: 400, code: 'BAD_USER_INPUT', field: 'input.persons.0.birthDate' });
    expect(await db()('persons.persons').where({ familyName: persons[0].familyName }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('are refused at the gateway for every custom scalar of the API: it parses each as the subgraphs do', () => {
    const custom = Object.values(buildSchema(readFileSync(apiSchemaPath, 'utf8')).getTypeMap()).filter((type) => isScalarType(type) && !isSpecifiedScalarType(type));
    expect(custom.map((type) => type.name).sort()).toEqual(hubScalars.map((scalar) => scalar.name).sort());
  });

  it('refuses one written into the document as a value of the wrong type', async () => {
    const response = await query(
      'mutation { referFamily(input: { safeHomeId: "limburg", summary: "Threats at the school gate.", violenceForms: "psychological", incidentOn: "2026-02-30", persons: [{ givenName: "Saar", familyName: "Testgezin-literal", birthDate: "1990-01-01", role: VICTIM }] }) { linkedToExistingDossier } }',
      undefined, who.policeReferring(),
    );
    expect(errorOf(response)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(response.body.errors![0].message).toMatch(/not a valid LocalDate: 2026-02-30/);
  });
});

describe('text with a NUL character, which PostgreSQL cannot store', () => {
  it.each([
    ['a given name', (persons: ReturnType<typeof family>) => ({ ...referral([{ ...persons[0], givenName: 'Sa\u0000ar' }]) }), 'input.persons.0.givenName'],
    ['the summary', (persons: ReturnType<typeof family>) => ({ ...referral(persons), summary: 'Threats at \u0000 the school gate.' }), 'input.summary'],
  ])('refuses it in %s with BAD_USER_INPUT naming the field, and writes nothing', async (_name, input, field) => {
    const persons = family(`nul-${field}`);
    const response = await query(referFamily, { input: input(persons) }, who.policeReferring());
    expect(errorOf(response)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field });
    expect(await db()('persons.persons').where({ familyName: persons[0].familyName }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('refuses it in an argument of a query, and in a filter', async () => {
    const code = await query('{ dossier(code: "LIMB\\u00006024") { code } }', undefined, limburgCaseManager());
    expect(errorOf(code)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field: 'code' });
    const filter = await query('query Page($safeHome: ID) { dossiers(filter: { safeHomeId: $safeHome }) { totalCount } }', { safeHome: 'limburg\u0000' }, limburgCaseManager());
    expect(errorOf(filter)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field: 'filter.safeHomeId' });
  });

  it('refuses it in a break-glass justification as a refused break-glass', async () => {
    const response = await query('{ safeHomes { name } }', undefined, limburgCaseManager(), { 'x-break-glass': encodeURIComponent('The child is in danger right now\u0000, see the police report.') });
    expect(errorOf(response)).toMatchObject({ status: 403, code: 'BREAK_GLASS_REFUSED' });
  });
});

describe('ids that are not ids', () => {
  it.each([
    ['person(id:)', '{ person(id: "x") { id } }', limburgCaseManager, 'id'],
    ['subjectAccessReport(personId:)', '{ subjectAccessReport(personId: "x") { personId } }', dpo, 'personId'],
    ['a disclosure filter on a person', '{ disclosures(filter: { personId: "x" }) { totalCount } }', dpo, 'filter.personId'],
    ['a disclosure filter on a dossier', '{ disclosures(filter: { dossierId: "x" }) { totalCount } }', dpo, 'filter.dossierId'],
    ['startIntake', 'mutation { startIntake(input: { dossierId: "x", expectedVersion: 1 }) { id } }', limburgCaseManager, 'input.dossierId'],
    ['reportActionProgress', 'mutation { reportActionProgress(input: { actionId: "x", expectedVersion: 1, note: "Done." }) { id } }', limburgCaseManager, 'input.actionId'],
    [
      'recordCaseConsultation',
      'mutation { recordCaseConsultation(input: { consultationId: "x", expectedVersion: 1, heldOn: "2025-01-02", participantIds: ["limburg-police"], personsInformed: true, decisions: "None." }) { id } }',
      limburgCaseManager, 'input.consultationId',
    ],
  ])('refuses a non-UUID in %s with BAD_USER_INPUT naming it', async (_name, document, who, field) => {
    const response = await query(document, undefined, who());
    expect(errorOf(response)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field });
    expect(response.body.errors![0].message).not.toMatch(/uuid|syntax|select|insert/i);
  });

  it.each([
    ['dossiers', '{ dossiers(after: $after) { totalCount } }', limburgCaseManager],
    ['overdueActions', '{ overdueActions(after: $after) { pageInfo { hasNextPage } } }', limburgCaseManager],
    ['anonymousConsults', '{ anonymousConsults(after: $after) { pageInfo { hasNextPage } } }', limburgCaseManager],
    ['disclosures', '{ disclosures(after: $after) { totalCount } }', dpo],
  ])('refuses a forged cursor of %s that decodes to something no page returns', async (_name, selection, who) => {
    for (const sortKey of ['abc', 'a\u0000', "LIMB' OR 1=1"]) {
      const response = await query(`query Forged($after: String) ${selection}`, { after: Buffer.from(sortKey).toString('base64url') }, who());
      expect(errorOf(response)).toEqual({ status: 200, code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

it('gives the DPO the disclosures about a dossier and the persons in it', async () => {
  await query('{ dossier(code: "LIMB6024") { code persons { person { givenName } } } }', undefined, limburgCaseManager());
  const response = await query(`{ disclosures(filter: { dossierId: "${LIMB6024.id}" }) { totalCount nodes { subjectType } } }`, undefined, dpo());
  expect(response.body.errors).toBeUndefined();
  expect(new Set(response.body.data!.disclosures.nodes.map((line: { subjectType: string }) => line.subjectType))).toEqual(new Set(['Dossier', 'Person']));
});
