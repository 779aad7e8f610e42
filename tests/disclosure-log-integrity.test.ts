import { Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { newTrace } from './support/audit';
import { useTestDatabase } from './support/database';
import { actor, limburgCaseManager, limburgPolice, useTestHub } from './support/hub';

// What the disclosure log says about a request comes from what the gateway asked for, never from
// response keys the caller can name (found by a hostile partner: the log took a record's id and an
// item's category from keys a caller can alias its own fields to).
const { query } = useTestHub();
const db = useTestDatabase();
const justiceHouse = () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);

interface Line { subjectType: string | null; subjectId: string | null; fields: { field: string; category: string; rules: string[] }[] }

async function ask(document: string, who = limburgPolice(), headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) {
  const trace = newTrace();
  const response = await query(document, variables, who, { traceparent: trace.traceparent, ...headers });
  const lines: Line[] = await db()('audit.disclosures').where({ traceId: trace.traceId }).orderBy('seq');
  return { response, lines };
}

const contentEntries = (lines: Line[]) => lines.flatMap((line) => line.fields).filter((field) => field.field === 'InfoSharingItem.content');

describe('a response key beginning with "__"', () => {
  it.each([
    ['naming the subject of a person line', '{ dossier(code: "LIMB6024") { persons { person { __audit_id: __typename givenName } } } }', justiceHouse],
    ['putting a value in the log as a subject id', '{ dossier(code: "LIMB6024") { persons { person { __audit_id: familyName givenName } } } }', justiceHouse],
    ['folding twenty dossiers into one line', '{ dossiers(first: 20) { nodes { __audit_id: __typename code } } }', limburgPolice],
    ['a field the caller never receives', `{ person(id: "${LIMB6024.victimId}") { __policy_typename: givenName familyName } }`, limburgPolice],
    ['the category the log reads', '{ dossier(code: "LIMB6024") { infoSharing { __audit_category: legalBasis content } } }', limburgPolice],
  ])('is refused before anything runs: %s', async (_name, document, who) => {
    const { response, lines } = await ask(document, who());
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/is reserved: response keys beginning with "__"/), extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }) })]);
    expect(response.body.data).toBeUndefined();
    expect(lines.filter((line) => line.subjectType !== null)).toEqual([]);
  });
});

describe('the category logged for an information item', () => {
  it('is the one the item declares, whatever the caller names "category"', async () => {
    const { response, lines } = await ask('{ dossier(code: "LIMB6024") { infoSharing { realCategory: category category: legalBasis content } } }');
    const judicial = response.body.data!.dossier.infoSharing.find((item: { realCategory: string }) => item.realCategory === 'JUDICIAL');
    expect(judicial).toEqual({ realCategory: 'JUDICIAL', category: 'sw-458ter', content: expect.any(String) });
    expect(contentEntries(lines).map((entry) => entry.category)).toEqual(['JUDICIAL']);
  });

  it('is known when the caller does not select the category', async () => {
    const { response, lines } = await ask('{ dossier(code: "LIMB6024") { infoSharing { content } } }');
    expect(Object.keys(response.body.data!.dossier.infoSharing[0])).toEqual(['content']);
    expect(contentEntries(lines).map((entry) => entry.category)).toEqual(['JUDICIAL']);
  });

  it('is named for each category that left, when items of several are read', async () => {
    const justification = encodeURIComponent('Imminent danger reported by the police at the family home tonight.');
    const { response, lines } = await ask('{ dossier(code: "LIMB6024") { infoSharing { category content } } }', limburgCaseManager(), { 'x-break-glass': justification });
    const items = response.body.data!.dossier.infoSharing as { category: string; content: string | null }[];
    expect(items.filter((item) => item.content !== null).map((item) => item.category).sort()).toEqual(['HEALTH', 'JUDICIAL']);
    expect(contentEntries(lines).map((entry) => entry.category).sort()).toEqual(['HEALTH', 'JUDICIAL']);
    expect(contentEntries(lines).every((entry) => entry.rules.length > 0)).toBe(true);
  });
});

describe('@skip/@include on a nullable variable with a default, sent as null', () => {
  it.each([
    ['@include on a field', 'query($v: Boolean = false) { person(id: "ID") { id givenName @include(if: $v) } }'],
    ['@skip on a field', 'query($v: Boolean = true) { person(id: "ID") { id givenName @skip(if: $v) } }'],
    ['@include on a fragment spread', 'query($v: Boolean = true) { person(id: "ID") { ...F @include(if: $v) } } fragment F on Person { givenName }'],
  ])('%s is the caller\'s mistake, named as such, and releases nothing', async (_name, document) => {
    const { response } = await ask(document.replace('ID', LIMB6024.victimId), limburgPolice(), {}, { v: null });
    expect(response.status).toBe(200);
    expect(response.body.errors).toEqual([expect.objectContaining({ message: 'Argument "if" of non-null type "Boolean!" must not be null.', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(response.body.data).toEqual({ person: null });
  });
});
