import { inDays } from '../subgraphs/common/validation';
import { AssessRiskDocument, CaseFileDocument } from '../clients/generated/graphql';
import { instrumentVersions } from '../seed/instruments';
import { activeDossier, answers, errorOf, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

const { run } = useTestHub('casework');
const db = useTestDatabase('casework');


async function dossierWithVictim(tag: string) {
  const dossier = await activeDossier(run, tag, 3);
  const file = await run(CaseFileDocument, { code: dossier.code! }, who.caseManager());
  const victim = file.body.data!.dossier!.persons!.find((p) => p!.role === 'VICTIM')!.person!;
  return { dossierId: dossier.id, victimId: victim.id, code: dossier.code! };
}

describe('risk assessments', () => {
  it('are scored by the hub; a red flag forces HIGH; judgement raises, never lowers; a higher level than the last is an escalation; none is overwritten', async () => {
    const { dossierId, victimId } = await dossierWithVictim('risk');
    const assess = (input: Record<string, unknown>) => run(AssessRiskDocument, { input: { dossierId, personId: victimId, ...answers([]), ...input } as never }, who.psychologist());

    const low = await assess(answers(['R5']));
    expect(low.body.data!.assessRisk).toMatchObject({ score: 2, computedLevel: 'LOW', level: 'LOW', redFlagged: false, escalation: null });
    // R2 (threats to kill) is a red flag: HIGH whatever the score.
    const redFlag = await assess(answers(['R2', 'P1', 'P2']));
    expect(redFlag.body.data!.assessRisk).toMatchObject({ score: 1, computedLevel: 'HIGH', level: 'HIGH', redFlagged: true, escalation: 'HIGHER_LEVEL_THAN_PREVIOUS' });
    const lowered = await assess({ ...answers(['R2']), judgementLevel: 'MEDIUM', judgementRationale: 'The threats were retracted.' });
    expect(errorOf(lowered)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.judgementLevel' });
    expect(errorOf(lowered).message).toMatch(/never lower it: MEDIUM is below the computed HIGH/);
    const raised = await assess({ ...answers(['R5']), judgementLevel: 'MEDIUM', judgementRationale: 'Separation is imminent and contested.' });
    expect(raised.body.data!.assessRisk).toMatchObject({ computedLevel: 'LOW', judgementLevel: 'MEDIUM', level: 'MEDIUM', escalation: null });

    const stored = await db()('risk.assessments').where({ personId: victimId }).orderBy('createdAt');
    expect(stored.map((row) => row.level)).toEqual(['LOW', 'HIGH', 'MEDIUM']);
    expect(stored[0]).toMatchObject({ id: low.body.data!.assessRisk!.id, score: 2, level: 'LOW' });
  });

  it.each([
    ['a judgement without its rationale', { judgementLevel: 'HIGH' }, 'input.judgementRationale', /explain the professional judgement/],
    ['an instrument version not in force', { instrumentVersionId: instrumentVersions[0].id }, 'input.instrumentVersionId', /not in force .* use version 2/],
    ['an unknown instrument version', { instrumentVersionId: '5a1f0000-0000-4000-8000-0000000000ff' }, 'input.instrumentVersionId', /no instrument version/],
    ['an item of another instrument', { answers: [...answers([]).answers, { itemCode: 'X9', present: true }] }, 'input.answers', /X9 is not part of this instrument version/],
    ['an item answered twice', { answers: [...answers([]).answers, { itemCode: 'R1', present: true }] }, 'input.answers', /R1 is answered twice/],
    ['items left unanswered', { answers: answers([]).answers.slice(2) }, 'input.answers', /missing: R1, R2/],
    ['an assessment dated in the future', { assessedOn: inDays(3) }, 'input.assessedOn', /cannot be after today/],
    ['a person who is not in the dossier', { personId: '6024d055-1e00-4000-8000-0000000000a1' }, 'input.personId', /there is no person .* that you may see/],
    ['an unknown dossier', { dossierId: '00000000-0000-4000-8000-000000000000' }, 'input.dossierId', /no dossier/],
  ])('refuses %s with BAD_USER_INPUT, and writes nothing', async (name, change, field, message) => {
    const { dossierId, victimId } = await dossierWithVictim(name.replace(/\W+/g, '-'));
    const before = await db()('risk.assessments').where({ dossierId }).count({ n: '*' });
    const response = await run(AssessRiskDocument, { input: { dossierId, personId: victimId, ...answers(['R1']), ...change } as never }, who.psychologist());
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(errorOf(response).message).toMatch(message);
    expect(await db()('risk.assessments').where({ dossierId }).count({ n: '*' })).toEqual(before);
  });

  it('lets a partner that takes part in no consultation record none', async () => {
    const { dossierId, victimId } = await dossierWithVictim('risk-partners');
    const caw = await run(AssessRiskDocument, { input: { dossierId, personId: victimId, ...answers(['R1']) } }, who.caw());
    expect(errorOf(caw)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(caw).message).toMatch(/takes part in the dossier's case consultation/);
    const police = await run(AssessRiskDocument, { input: { dossierId, personId: victimId, ...answers(['R1']) } }, who.policeAssessing());
    expect(errorOf(police)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db()('risk.assessments').where({ dossierId }).whereNot({ assessorOrganisationId: 'limburg-safe-home' }).count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});
