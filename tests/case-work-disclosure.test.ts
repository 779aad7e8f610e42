import {
  AssessRiskDocument, CaseFileDocument, CloseDossierDocument, RecordCaseConsultationDocument, ReferFamilyDocument, ReportActionProgressDocument,
  ScheduleCaseConsultationDocument,
} from '../clients/generated/graphql';
import { ANTW6024, LIMB6024 } from '../seed/fixtures';
import { today } from '../subgraphs/common/validation';
import { activeDossier, answers, errorOf, family, referral, Run, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

/**
 * A write is also a read: what a mutation matches, computes, returns or refuses tells the writer no
 * more than a read would, and creates no access. Each case here was a way around the policy.
 */
const { run } = useTestHub('casework');
const db = useTestDatabase('casework');

async function victimOf(dossierCode: string, as = who.caseManager()) {
  const file = await run(CaseFileDocument, { code: dossierCode }, as);
  return file.body.data!.dossier!.persons!.find((p) => p!.role === 'VICTIM')!.person!.id;
}

describe('what a mutation derives or refuses', () => {
  it('flags an escalation only against assessments the assessor may read, never another region’s', async () => {
    const limburg = await activeDossier(run, 'two-regions', 3);
    const person = await victimOf(limburg.code!);
    const antwerp = (await run(ReferFamilyDocument, { input: referral(family('two-regions-antwerp'), 'antwerpen') }, who.antwerpPolice())).body.data!.referFamily!.dossier!;
    // She is in a dossier of each region, as the seed's alleged perpetrator of LIMB6024 and ANTW6024 is.
    await db()('persons.dossier_persons').insert({ dossierId: antwerp.id, personId: person, role: 'VICTIM' });

    const assess = (dossierId: string, present: string[], as = who.psychologist()) => run(AssessRiskDocument, { input: { dossierId, personId: person, ...answers(present) } }, as);
    expect((await assess(limburg.id, ['R5'])).body.data!.assessRisk).toMatchObject({ level: 'LOW', escalation: null });
    // Antwerp reads no earlier assessment of hers: there is nothing it may compare with.
    expect((await assess(antwerp.id, ['R2'], who.antwerpCaseManager())).body.data!.assessRisk).toMatchObject({ level: 'HIGH', escalation: null });
    // Limburg compares with its own LOW, not with Antwerp's HIGH.
    expect((await assess(limburg.id, ['R2'])).body.data!.assessRisk).toMatchObject({ level: 'HIGH', escalation: 'HIGHER_LEVEL_THAN_PREVIOUS' });
  });

  const unknownId = '00000000-0000-4000-8000-0000000000ee';
  const consultationOfLimb6024 = '6024d055-1e00-4000-8000-0000000000e1';
  const openActionOfLimb6024 = '6024d055-1e00-4000-8000-0000000000f2';
  const attempts: [string, (run: Run, id: string) => Promise<unknown>, string][] = [
    ['closing another region’s dossier', (r, id) => r(CloseDossierDocument, { input: { dossierId: id, expectedVersion: 1, outcome: 'OTHER' } }, who.caseManager()), ANTW6024.id],
    ['assessing in another region’s dossier', (r, id) => r(AssessRiskDocument, { input: { dossierId: id, personId: ANTW6024.victimId, ...answers([]) } }, who.caseManager()), ANTW6024.id],
    ['planning a consultation in another region’s dossier', (r, id) => r(ScheduleCaseConsultationDocument, { input: { dossierId: id, plannedOn: today(), invitedOrganisationIds: ['limburg-police'] } }, who.caseManager()), ANTW6024.id],
    ['recording another region’s consultation', (r, id) => r(RecordCaseConsultationDocument, {
      input: { consultationId: id, expectedVersion: 1, heldOn: today(), participantIds: ['antwerpen-safe-home'], personsInformed: true, decisions: 'None.' },
    }, who.antwerpCaseManager()), consultationOfLimb6024],
    ['reporting on another region’s action', (r, id) => r(ReportActionProgressDocument, { input: { actionId: id, expectedVersion: 1, note: 'Done.' } }, who.antwerpCaseManager()), openActionOfLimb6024],
  ];

  it.each(attempts)('answers %s exactly as for a record that does not exist, and writes nothing', async (_, attempt, hiddenId) => {
    const [{ last }] = await db()('audit.disclosures').max({ last: 'seq' });
    const hidden = errorOf((await attempt(run, hiddenId)) as never);
    const missing = errorOf((await attempt(run, unknownId)) as never);
    expect(hidden.code).toBe('BAD_USER_INPUT');
    expect({ ...hidden, message: hidden.message.replace(hiddenId, '<id>') }).toEqual({ ...missing, message: missing.message.replace(unknownId, '<id>') });
    const written = db()('audit.disclosures').where({ kind: 'CHANGE' }).where('seq', '>', last).whereIn('subjectId', [ANTW6024.id, LIMB6024.id]);
    expect(await written.count({ n: '*' })).toEqual([{ n: 0 }]);
  });
});
