import { randomUUID } from 'node:crypto';
import { abilityFor, Purpose, Role } from '../policy';
import { ANTW6024, LIMB6024 } from '../seed/fixtures';
import { newTrace } from './support/audit';
import { useTestDatabase } from './support/database';
import { actor, limburgCaseManager, tokenFor, useTestHub, postGraphQL } from './support/hub';

const { hub, query } = useTestHub();
const db = useTestDatabase();

const antwerpenDpo = () => actor('antwerpen-safe-home', Role.DPO, Purpose.AUDIT);
const limburgDpo = () => actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);
const centralDpo = () => actor('vlaanderen-central-team', Role.CENTRAL_DPO, Purpose.AUDIT);
const antwerpenCaseManager = () => actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);

const justification = 'Victim reported missing tonight; the team needs the family composition now.';
const withPersons = (code: string) => `{ dossier(code: "${code}") { code persons { person { givenName } } } }`;

/** A break-glass request through the gateway; its request id, read from the log. */
async function breakGlass(who: ReturnType<typeof actor>, code: string): Promise<string> {
  const { traceId, traceparent } = newTrace();
  const { body } = await query(withPersons(code), {}, who, { 'x-break-glass': encodeURIComponent(justification), traceparent });
  expect(body.errors).toBeUndefined();
  const [line] = await db()('audit.disclosures').where({ traceId });
  return line.requestId;
}

interface QueuedRequest {
  requestId: string;
  lines: number;
  organisation: { id: string };
}

async function queueOf(dpo: ReturnType<typeof actor>) {
  const { body } = await query('{ breakGlassQueue(first: 100) { totalCount pageInfo { hasNextPage } nodes { requestId lines organisation { id } } } }', {}, dpo);
  expect(body.errors).toBeUndefined();
  return body.data!.breakGlassQueue as { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: QueuedRequest[] };
}

interface Line {
  organisation: { id: string };
  subjectType: string;
  subjectId: string;
}

async function disclosuresOf(dpo: ReturnType<typeof actor>, filter: string) {
  const { body } = await query(`{ disclosures(filter: ${filter}, first: 100) { totalCount pageInfo { hasNextPage } nodes { organisation { id } subjectType subjectId } } }`, {}, dpo);
  expect(body.errors).toBeUndefined();
  return body.data!.disclosures as { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Line[] };
}

async function subjectAccessOf(dpo: ReturnType<typeof actor>, personId: string) {
  const { body } = await query(`{ subjectAccessReport(personId: "${personId}") { personId entries { organisation { id } record } } }`, {}, dpo);
  expect(body.errors).toBeUndefined();
  return body.data!.subjectAccessReport.entries as { organisation: { id: string }; record: string }[];
}

const review = 'mutation($id: ID!, $note: String!) { reviewBreakGlass(requestId: $id, verdict: JUSTIFIED, note: $note) { requestId verdict } }';
const note = 'Reviewed with the coordinator: proportionate.';
const ofRegion = (region: string) => (organisation: { id: string }) => organisation.id.startsWith(`${region}-`);

describe("each region's DPO sees and reviews its own region only; the central DPO sees all", () => {
  let limburgRequest: string;
  let antwerpenRequest: string;
  beforeAll(async () => {
    // LIMB6024's alleged perpetrator is also in ANTW6024: each region's request reads him.
    limburgRequest = await breakGlass(limburgCaseManager(), LIMB6024.code);
    antwerpenRequest = await breakGlass(antwerpenCaseManager(), ANTW6024.code);
  });

  it('gives a regional DPO only the break-glass requests on its own records, with right totals', async () => {
    const antwerpen = await queueOf(antwerpenDpo());
    expect(antwerpen.nodes.map((request) => request.requestId)).toContain(antwerpenRequest);
    expect(antwerpen.nodes.map((request) => request.requestId)).not.toContain(limburgRequest);
    expect(antwerpen.nodes.every((request) => ofRegion('antwerpen')(request.organisation))).toBe(true);
    expect(antwerpen.totalCount).toBe(antwerpen.nodes.length);

    const limburg = await queueOf(limburgDpo());
    expect(limburg.nodes.map((request) => request.requestId)).not.toContain(antwerpenRequest);
    expect(limburg.nodes.find((request) => request.requestId === limburgRequest)).toEqual({ requestId: limburgRequest, lines: 5, organisation: { id: 'limburg-safe-home' } });
    expect(limburg.nodes.every((request) => ofRegion('limburg')(request.organisation))).toBe(true);

    const central = await queueOf(centralDpo());
    expect(central.nodes.map((request) => request.requestId)).toEqual(expect.arrayContaining([limburgRequest, antwerpenRequest]));
    expect(central.totalCount).toBeGreaterThanOrEqual(antwerpen.totalCount + limburg.totalCount);
  });

  it("gives a regional DPO none of another region's disclosures, counted and paged in SQL", async () => {
    const antwerpenOnLimburg = await disclosuresOf(antwerpenDpo(), `{ dossierId: "${LIMB6024.id}" }`);
    expect(antwerpenOnLimburg).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, nodes: [] });
    const antwerpenBreakGlass = await disclosuresOf(antwerpenDpo(), '{ breakGlassOnly: true }');
    expect(antwerpenBreakGlass.nodes.length).toBeGreaterThan(0);
    expect(antwerpenBreakGlass.nodes.every((line) => ofRegion('antwerpen')(line.organisation))).toBe(true);

    // The person in both regions' dossiers: each region's DPO sees what its own region disclosed of him.
    const antwerpenOnHim = await disclosuresOf(antwerpenDpo(), `{ personId: "${LIMB6024.perpetratorId}" }`);
    expect(antwerpenOnHim.nodes.length).toBeGreaterThan(0);
    expect(antwerpenOnHim.nodes.every((line) => ofRegion('antwerpen')(line.organisation))).toBe(true);
    expect(antwerpenOnHim.totalCount).toBe(antwerpenOnHim.nodes.length);
    const limburgOnHim = await disclosuresOf(limburgDpo(), `{ personId: "${LIMB6024.perpetratorId}" }`);
    expect(limburgOnHim.nodes.length).toBeGreaterThan(0);
    expect(limburgOnHim.nodes.every((line) => ofRegion('limburg')(line.organisation))).toBe(true);

    const limburgOnLimburg = await disclosuresOf(limburgDpo(), `{ dossierId: "${LIMB6024.id}" }`);
    expect(limburgOnLimburg.totalCount).toBeGreaterThan(0);
    const limburgOnAntwerpen = await disclosuresOf(limburgDpo(), `{ dossierId: "${ANTW6024.id}" }`);
    expect(limburgOnAntwerpen.nodes.filter((line) => line.subjectType === 'Dossier')).toEqual([]);
    expect(limburgOnAntwerpen.nodes.every((line) => ofRegion('limburg')(line.organisation))).toBe(true);

    const centralOnHim = await disclosuresOf(centralDpo(), `{ personId: "${LIMB6024.perpetratorId}" }`);
    expect(centralOnHim.totalCount).toBeGreaterThanOrEqual(antwerpenOnHim.totalCount + limburgOnHim.totalCount);
    expect(centralOnHim.nodes.some((line) => ofRegion('antwerpen')(line.organisation))).toBe(true);
    expect(centralOnHim.nodes.some((line) => ofRegion('limburg')(line.organisation))).toBe(true);
  });

  it("gives a regional DPO a subject-access report of its own region's disclosures only", async () => {
    expect(await subjectAccessOf(antwerpenDpo(), LIMB6024.victimId)).toEqual([]);
    const limburgOnVictim = await subjectAccessOf(limburgDpo(), LIMB6024.victimId);
    expect(limburgOnVictim.length).toBeGreaterThan(0);
    expect(limburgOnVictim.every((entry) => ofRegion('limburg')(entry.organisation))).toBe(true);

    const antwerpenOnHim = await subjectAccessOf(antwerpenDpo(), LIMB6024.perpetratorId);
    expect(antwerpenOnHim.length).toBeGreaterThan(0);
    expect(antwerpenOnHim.every((entry) => ofRegion('antwerpen')(entry.organisation))).toBe(true);
    const centralOnHim = await subjectAccessOf(centralDpo(), LIMB6024.perpetratorId);
    expect(centralOnHim.some((entry) => ofRegion('limburg')(entry.organisation))).toBe(true);
    expect(centralOnHim.some((entry) => ofRegion('antwerpen')(entry.organisation))).toBe(true);
  });

  it("answers a review of another region's request exactly as one of an unknown request, and leaves it open", async () => {
    const unknown = randomUUID();
    const errorOf = async (who: ReturnType<typeof actor>, id: string) => {
      const { status, body } = await query(review, { id, note }, who);
      return { status, data: body.data, errors: JSON.parse(JSON.stringify(body.errors ?? null).split(id).join('<id>')) };
    };
    const forUnknown = await errorOf(antwerpenDpo(), unknown);
    expect(forUnknown.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'requestId' }) })]);
    expect(await errorOf(antwerpenDpo(), limburgRequest)).toEqual(forUnknown);
    expect(await errorOf(limburgDpo(), antwerpenRequest)).toEqual(await errorOf(limburgDpo(), unknown));
    expect(await db()('audit.break_glass_reviews').whereIn('requestId', [limburgRequest, antwerpenRequest])).toEqual([]);

    const byLimburg = await query(review, { id: limburgRequest, note }, limburgDpo());
    expect(byLimburg.body).toEqual({ data: { reviewBreakGlass: { requestId: limburgRequest, verdict: 'JUSTIFIED' } } });
    const byCentral = await query(review, { id: antwerpenRequest, note }, centralDpo());
    expect(byCentral.body).toEqual({ data: { reviewBreakGlass: { requestId: antwerpenRequest, verdict: 'JUSTIFIED' } } });
  });

  it('places a line about no record (a refused break-glass attempt) in the region of the organisation that asked', async () => {
    const { traceId, traceparent } = newTrace();
    const refused = await query(withPersons(ANTW6024.code), {}, actor('antwerpen-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION), { 'x-break-glass': encodeURIComponent(justification), traceparent });
    expect(refused.status).toBe(403);
    const [attempt] = await db()('audit.disclosures').where({ traceId });
    const attempts = async (dpo: ReturnType<typeof actor>) => (await disclosuresOf(dpo, '{ organisationId: "antwerpen-caw", breakGlassOnly: true }')).nodes;
    expect(attempt).toMatchObject({ kind: 'SUMMARY', subjectType: null });
    expect(await attempts(antwerpenDpo())).toContainEqual({ organisation: { id: 'antwerpen-caw' }, subjectType: null, subjectId: null });
    expect(await attempts(limburgDpo())).toEqual([]);
    expect(await attempts(centralDpo())).toContainEqual({ organisation: { id: 'antwerpen-caw' }, subjectType: null, subjectId: null });
  });

  it('decides on each log record by its regions, in the policy', () => {
    const line = (regionIds: string[]) => ({ __typename: 'Disclosure', regionIds });
    const antwerpen = abilityFor(antwerpenDpo());
    expect(antwerpen.can('read', line(['antwerpen']), 'justification')).toBe(true);
    expect(antwerpen.can('read', line(['limburg']), 'justification')).toBe(false);
    expect(antwerpen.can('read', line([]), 'justification')).toBe(false);
    expect(antwerpen.can('create', { __typename: 'Mutation', regionIds: ['limburg'] }, 'reviewBreakGlass')).toBe(false);
    const central = abilityFor(centralDpo());
    expect(central.can('read', line([]), 'justification')).toBe(true);
    expect(central.can('create', { __typename: 'Mutation', regionIds: ['limburg'] }, 'reviewBreakGlass')).toBe(true);
  });

  it('gives the central DPO no case content', async () => {
    const { body } = await query(`{ dossier(code: "LIMB6024") { code } person(id: "${LIMB6024.victimId}") { givenName } }`, {}, centralDpo());
    expect(body.data).toEqual({ dossier: null, person: null });
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it.each([
    ['the central organisation placed in a Safe Home', () => ({ ...centralDpo(), safeHomeId: 'limburg' })],
    ['a regional DPO role in the central organisation', () => ({ ...centralDpo(), role: Role.DPO })],
    ['the central DPO role in a Safe Home', () => ({ ...limburgDpo(), role: Role.CENTRAL_DPO })],
  ])('refuses a token with %s', async (_name, who) => {
    const response = await postGraphQL(hub().gateway.graphqlUrl, { query: '{ auditChainStatus { intact } }' }, { authorization: `Bearer ${await tokenFor(who())}` });
    expect(response.status).toBe(401);
    expect(response.body.errors![0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
