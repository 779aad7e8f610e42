import { Purpose, Role } from '../policy';
import { LIMB6024 } from '../seed/fixtures';
import { useTestDatabase } from './support/database';
import { signDevToken } from '../gateway/dev-issuer';
import { actor, limburgCaseManager, postGraphQL, useTestHub } from './support/hub';

const { hub, query } = useTestHub();
const db = useTestDatabase();
const justification = 'Victim reported missing tonight; police need the safe address and health context now.';
const healthItem = '{ dossier(code: "LIMB6024") { infoSharing { category content } } }';

function trace() {
  const traceId = [...Array(32)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
  return { traceId, traceparent: `00-${traceId}-${'0'.repeat(15)}1-01` };
}

describe('break-glass', () => {
  it('lets a named role read beyond the normal rules in its own region, and flags every such disclosure for the DPO', async () => {
    const normal = await query(healthItem, {}, limburgCaseManager());
    expect(normal.body.data!.dossier.infoSharing[1].content).toBeNull();

    const { traceId, traceparent } = trace();
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

  it('stays within the own region', async () => {
    const antwerp = actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);
    const { body } = await query('{ dossier(code: "LIMB6024") { code } }', {}, antwerp, { 'x-break-glass': encodeURIComponent(justification) });
    expect(body).toEqual({ data: { dossier: null } });
  });

  it.each([
    ['a role the policy does not name', actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION), justification, /may not break the glass/],
    ['no written justification', limburgCaseManager(), 'urgent', /needs a written justification/],
  ])('is refused for %s, and the attempt itself is logged', async (_name, who, text, reason) => {
    const { traceId, traceparent } = trace();
    const { status, body } = await query(healthItem, {}, who, { 'x-break-glass': encodeURIComponent(text), traceparent });
    expect(status).toBe(403);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(reason), extensions: { code: 'BREAK_GLASS_REFUSED' } }]);
    const [attempt] = await db()('audit.disclosures').where({ traceId });
    expect(attempt).toMatchObject({ kind: 'SUMMARY', outcome: 'DENIED', breakGlass: true, organisationId: who.organisationId });
    expect(attempt.denied[0].reason).toMatch(reason);
  });

  it('cannot be smuggled in through a partner access token', async () => {
    const token = await signDevToken({ ...limburgCaseManager(), breakGlass: { justification } });
    const response = await postGraphQL(hub().gateway.graphqlUrl, { query: healthItem }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(401);
    expect(response.body.errors![0].message).toMatch(/break_glass/);
  });
});
