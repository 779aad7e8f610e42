import { MAX_JUSTIFICATION } from '../gateway/break-glass';
import { Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { newTrace } from './support/audit';
import { useTestDatabase } from './support/database';
import { signTestToken } from './support/test-issuer';
import { actor, limburgCaseManager, postGraphQL, useTestHub } from './support/hub';

const { hub, query } = useTestHub();
const db = useTestDatabase();
const justification = 'Victim reported missing tonight; police need the safe address and health context now.';
const healthItem = '{ dossier(code: "LIMB6024") { infoSharing { category content } } }';


describe('break-glass', () => {
  it('lets a named role read beyond the normal rules in its own region, and flags every such disclosure for the DPO', async () => {
    const normal = await query(healthItem, {}, limburgCaseManager());
    expect(normal.body.data!.dossier.infoSharing[1].content).toBeNull();

    const { traceId, traceparent } = newTrace();
    const emergency = await query(healthItem, {}, limburgCaseManager(), { 'x-break-glass': encodeURIComponent(justification), traceparent });
    expect(emergency.body.errors).toBeUndefined();
    expect(emergency.body.data!.dossier.infoSharing[1]).toEqual({ category: 'HEALTH', content: expect.stringMatching(/trauma therapy/) });

    const lines = await db()('audit.disclosures').where({ traceId });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ subjectType: 'Dossier', subjectId: LIMB6024.id, breakGlass: true, justification });

    const dpo = actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);
    const queue = await query('{ disclosures(filter: { breakGlassOnly: true }, first: 100) { nodes { breakGlass justification organisation { id } } } }', {}, dpo);
    expect(queue.body.data!.disclosures.nodes).toEqual(expect.arrayContaining([{ breakGlass: true, justification, organisation: { id: 'limburg-safe-home' } }]));
  });

  // The gateway takes lines, tabs and up to 1000 characters; the subgraphs read the justification from the actor token's claim.
  it.each([
    ['on several lines', `${justification}\r\nSecond line:\tthe patrol needs the safe address.`],
    ['as long as the gateway takes', `${justification} ${'The DPO will want the whole story. '.repeat(30)}`.slice(0, MAX_JUSTIFICATION - 1) + '.'],
  ])('takes a justification %s, as the gateway allows it', async (_name, text) => {
    const { traceId, traceparent } = newTrace();
    const emergency = await query(healthItem, {}, limburgCaseManager(), { 'x-break-glass': encodeURIComponent(text), traceparent });
    expect(emergency.body.errors).toBeUndefined();
    expect(emergency.body.data!.dossier.infoSharing[1]).toEqual({ category: 'HEALTH', content: expect.stringMatching(/trauma therapy/) });
    expect(await db()('audit.disclosures').where({ traceId }).select('breakGlass', 'justification')).toEqual([{ breakGlass: true, justification: text }]);
  });

  it('puts every break-glass request in the DPO\'s review queue until it is reviewed, once', async () => {
    const { traceId, traceparent } = newTrace();
    await query(healthItem, {}, limburgCaseManager(), { 'x-break-glass': encodeURIComponent(justification), traceparent });
    const [line] = await db()('audit.disclosures').where({ traceId });
    const dpo = actor('limburg-safe-home', Role.DPO, Purpose.AUDIT);
    const queued = async () => {
      const { body } = await query('{ breakGlassQueue(first: 100) { totalCount nodes { requestId justification lines organisation { id } } } }', {}, dpo);
      return body.data!.breakGlassQueue.nodes as { requestId: string }[];
    };
    expect(await queued()).toEqual(expect.arrayContaining([{ requestId: line.requestId, justification, lines: 1, organisation: { id: 'limburg-safe-home' } }]));

    const review = `mutation($id: ID!, $note: String!) { reviewBreakGlass(requestId: $id, verdict: JUSTIFIED, note: $note) { requestId verdict reviewerSubject } }`;
    const police = await query(review, { id: line.requestId, note: 'Looks justified to me.' }, actor('limburg-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION));
    expect(police.body.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/create it/) });

    const tooShort = await query(review, { id: line.requestId, note: 'ok' }, dpo);
    expect(tooShort.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const unknown = await query(review, { id: 'no-such-request', note: 'Reviewed with the team.' }, dpo);
    expect(unknown.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });

    const done = await query(review, { id: line.requestId, note: 'Victim missing; access proportionate and short.' }, dpo);
    expect(done.body.data!.reviewBreakGlass).toEqual({ requestId: line.requestId, verdict: 'JUSTIFIED', reviewerSubject: dpo.subject });
    expect((await queued()).map((r) => r.requestId)).not.toContain(line.requestId);
    // The review is in the signed log: one CHANGE line by the DPO naming the request.
    expect(await db()('audit.disclosures').where({ kind: 'CHANGE', subjectType: 'BreakGlassRequest', subjectId: line.requestId }).select('actorSubject', 'operationName', 'outcome')).toEqual([
      { actorSubject: dpo.subject, operationName: 'reviewBreakGlass', outcome: 'WRITTEN' },
    ]);
    // It is a line of the reviewing DPO's region, which another region's DPO does not see.
    const reviewLines = async (who: typeof dpo) => {
      const { body } = await query('{ disclosures(filter: { organisationId: "limburg-safe-home" }, first: 100) { nodes { kind subjectType subjectId } } }', {}, who);
      return (body.data!.disclosures.nodes as { subjectId: string }[]).filter(({ subjectId }) => subjectId === line.requestId);
    };
    expect(await reviewLines(dpo)).toEqual([{ kind: 'CHANGE', subjectType: 'BreakGlassRequest', subjectId: line.requestId }]);
    expect(await reviewLines(actor('antwerpen-safe-home', Role.DPO, Purpose.AUDIT))).toEqual([]);
    const again = await query(review, { id: line.requestId, note: 'Second opinion, different.' }, dpo);
    expect(again.body.errors![0].message).toMatch(/already reviewed/);
    await expect(db()('audit.break_glass_reviews').where({ requestId: line.requestId }).update({ verdict: 'UNJUSTIFIED' })).rejects.toThrow(/append-only/);
  });

  it('stays within the own region', async () => {
    const antwerp = actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
    const { body } = await query('{ dossier(code: "LIMB6024") { code } }', {}, antwerp, { 'x-break-glass': encodeURIComponent(justification) });
    expect(body).toEqual({ data: { dossier: null } });
  });

  it.each([
    ['a role the policy does not name', actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION), justification, /may not break the glass/],
    ['no written justification', limburgCaseManager(), 'urgent', /needs a written justification/],
    // U+202E reverses what follows on the DPO's screen: read there as "the father is not aggressive".
    ['a justification the DPO would read reordered', limburgCaseManager(), 'Police on site: \u202Eevissergga si rehtaf eht\u202C, the child needs the safe address now.', /without control characters or bidirectional overrides/],
  ])('is refused for %s, and the attempt itself is logged', async (_name, who, text, reason) => {
    const { traceId, traceparent } = newTrace();
    const { status, body } = await query(healthItem, {}, who, { 'x-break-glass': encodeURIComponent(text), traceparent });
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(reason), extensions: { code: 'BREAK_GLASS_REFUSED' } }]);
    const [attempt] = await db()('audit.disclosures').where({ traceId });
    expect(attempt).toMatchObject({ kind: 'SUMMARY', outcome: 'DENIED', breakGlass: true, organisationId: who.organisationId });
    expect(attempt.denied[0].reason).toMatch(reason);
  });

  it('cannot be smuggled in through a partner access token', async () => {
    const token = await signTestToken({ ...limburgCaseManager(), breakGlass: { justification } });
    const response = await postGraphQL(hub().gateway.graphqlUrl, { query: healthItem }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(401);
    expect(response.body.errors![0].message).toMatch(/break_glass/);
  });
});
