import {
  AssessRiskDocument, CaseFileDocument, CloseDossierDocument, PlanActionDocument, RecordCaseConsultationDocument, ReferFamilyDocument,
  ReportActionProgressDocument, ScheduleCaseConsultationDocument, ShareInformationDocument, StartIntakeDocument, WeighDossierDocument,
  WithdrawFromCaseConsultationDocument,
} from '../clients/generated/graphql';
import { createAuditLog } from '../audit-log/disclosure-log';
import { inDays, today } from '../subgraphs/common/validation';
import { answers, errorOf, family, referral, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { tokenFor, useTestHub } from './support/hub';
import { caseWorkJourney } from '../clients/examples/case-work-journey';

const { run, hub } = useTestHub('casework');
const db = useTestDatabase('casework');

const forbiddenPaths = (body: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => error.path!.join('.'));

/**
 * One family from referral to closure, each step by the organisation that would take it, through
 * the gateway; after each step, what each partner may now read and what stays refused.
 */
describe('a family’s journey through the Safe Home, step by step', () => {
  it('goes from referral to closure, and each partner reads what its part in the case allows, and no more', async () => {
    // 1. The police refer the family to Limburg's Safe Home: a new dossier, REFERRED, with the next code.
    const [{ highest }] = await db()('dossiers.dossiers').where('code', 'like', 'LIMB%').select(db().raw('max(substring(code from 5)::int) AS highest'));
    const persons = family('journey');
    const referred = await run(ReferFamilyDocument, { input: { ...referral(persons), incidentOn: today() } }, who.policeReferring());
    expect(referred.body.errors).toBeUndefined();
    const { dossier, linkedToExistingDossier } = referred.body.data!.referFamily!;
    expect(linkedToExistingDossier).toBe(false);
    expect(dossier).toMatchObject({ code: expect.stringMatching(/^LIMB\d{4}$/), status: 'REFERRED', track: null, version: 1 });
    expect(Number(dossier!.code!.slice(4))).toBeGreaterThan(highest); // other tests refer families in parallel
    const code = dossier!.code!;
    const dossierId = dossier!.id;

    // The police see that the dossier exists and its state, not its content: they take part in no consultation yet.
    let police = await run(CaseFileDocument, { code }, who.policeConsulting());
    expect(police.body.data!.dossier).toMatchObject({ code, status: 'REFERRED', situation: null, persons: null });
    expect(forbiddenPaths(police.body)).toEqual(expect.arrayContaining(['dossier.situation', 'dossier.persons']));

    // 2. The case manager starts the intake and 3. weighs: track 3, ACTIVE.
    const intake = await run(StartIntakeDocument, { input: { dossierId, expectedVersion: 1 } }, who.caseManager());
    expect(intake.body.data!.startIntake).toMatchObject({ status: 'INTAKE', version: 2 });
    const weighed = await run(
      WeighDossierDocument,
      { input: { dossierId, expectedVersion: 2, track: 3, rationale: 'Structurally unsafe family; intensive case management.', caseManager: 'Eva (LIMB)' } },
      who.caseManager(),
    );
    expect(weighed.body.data!.weighDossier).toMatchObject({ status: 'ACTIVE', track: 3, caseManager: 'Eva (LIMB)', version: 3 });

    // 4. The case manager assesses the victim's risk (the police's screening came with their referral): the hub scores
    // it (a red flag makes it HIGH). The police, taking part in no consultation yet, may record none.
    const team = await run(CaseFileDocument, { code }, who.caseManager());
    const victim = team.body.data!.dossier!.persons!.find((p) => p!.role === 'VICTIM')!.person!;
    const notYet = await run(AssessRiskDocument, { input: { dossierId, personId: victim.id, ...answers(['R1', 'R3', 'R7']) } }, who.policeAssessing());
    expect(errorOf(notYet)).toMatchObject({ code: 'FORBIDDEN' });
    const assessed = await run(AssessRiskDocument, { input: { dossierId, personId: victim.id, ...answers(['R1', 'R3', 'R7']) } }, who.caseManager());
    expect(assessed.body.data!.assessRisk).toMatchObject({ level: 'HIGH', redFlagged: true });
    expect((await run(CaseFileDocument, { code }, who.caseManager())).body.data!.dossier!.currentRiskLevel).toBe('HIGH');

    // 5. The case manager plans a case consultation, inviting police, CAW and the justice house.
    const planned = await run(
      ScheduleCaseConsultationDocument,
      { input: { dossierId, plannedOn: today(), invitedOrganisationIds: ['limburg-police', 'limburg-caw', 'limburg-justice-house'] } },
      who.caseManager(),
    );
    expect(planned.body.data!.scheduleCaseConsultation).toMatchObject({ status: 'PLANNED', version: 1, participants: [] });
    const consultationId = planned.body.data!.scheduleCaseConsultation!.id;

    // An invitation is not participation: the CAW reads no case content yet.
    let caw = await run(CaseFileDocument, { code }, who.caw());
    expect(caw.body.data!.dossier!.situation).toBeNull();

    // 6. The consultation is held: the Safe Home, the police and the CAW take part; the justice house does not come.
    const held = await run(
      RecordCaseConsultationDocument,
      {
        input: {
          consultationId, expectedVersion: 1, heldOn: today(), participantIds: ['limburg-safe-home', 'limburg-police', 'limburg-caw'],
          personsInformed: true, personsConsented: true, decisions: 'Safety plan with the victim; the police follow up the restraining order.',
        },
      },
      who.caseManager(),
    );
    expect(held.body.errors).toBeUndefined();
    expect(held.body.data!.recordCaseConsultation).toMatchObject({ status: 'HELD', version: 2 });

    // From now on (art. 458ter Sw.) the participants read the case content; the justice house only the alleged perpetrator's identity.
    caw = await run(CaseFileDocument, { code }, who.caw());
    expect(caw.body.data!.dossier!.situation!.summary).toMatch(/Police intervened/);
    police = await run(CaseFileDocument, { code }, who.policeConsulting());
    expect(police.body.data!.dossier!.persons).toHaveLength(3);
    const justice = await run(CaseFileDocument, { code }, who.justiceHouse());
    expect(justice.body.data!.dossier!.situation).toBeNull();
    // Taking part, the police now read their risk assessment, and a new one with a higher judgement is flagged as an escalation.
    const reassessed = await run(
      AssessRiskDocument,
      { input: { dossierId, personId: victim.id, ...answers(['R1']), judgementLevel: 'HIGH', judgementRationale: 'Threats after the consultation.' } },
      who.policeAssessing(),
    );
    expect(reassessed.body.data!.assessRisk).toMatchObject({ computedLevel: 'LOW', judgementLevel: 'HIGH', level: 'HIGH', escalation: null });
    const seenByJustice = justice.body.data!.dossier!.persons!.filter((p) => p?.person?.givenName);
    expect(seenByJustice.map((p) => p!.role)).toEqual(['ALLEGED_PERPETRATOR']);

    // 7. The action plan: an action owned by the CAW, which reports on it; the police may not report on the CAW's action.
    const action = await run(PlanActionDocument, { input: { dossierId, description: 'Safety plan with the victim', ownerOrganisationId: 'limburg-caw', dueOn: inDays(30) } }, who.caseManager());
    expect(action.body.data!.planAction).toMatchObject({ status: 'OPEN', version: 1, overdue: false, owner: { id: 'limburg-caw' } });
    const actionId = action.body.data!.planAction!.id;
    const notOwner = await run(ReportActionProgressDocument, { input: { actionId, expectedVersion: 1, note: 'Done by us.' } }, who.policeConsulting());
    expect(errorOf(notOwner)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(notOwner).message).toMatch(/owns the action/);
    const progress = await run(ReportActionProgressDocument, { input: { actionId, expectedVersion: 1, note: 'First meeting with the victim held.' } }, who.caw());
    expect(progress.body.data!.reportActionProgress).toMatchObject({ status: 'OPEN', version: 2 });

    // 8. Info sharing: the police share judicial information; the CAW may share narrative but not judicial information, and does not read the police's.
    const judicial = await run(ShareInformationDocument, { input: { dossierId, category: 'JUDICIAL', legalBasis: 'sw-458ter', content: 'Restraining order issued (synthetic).' } }, who.policeConsulting());
    expect(judicial.body.data!.shareInformation).toMatchObject({ category: 'JUDICIAL', content: 'Restraining order issued (synthetic).' });
    const cawJudicial = await run(ShareInformationDocument, { input: { dossierId, category: 'JUDICIAL', legalBasis: 'sw-458ter', content: 'Not ours to share.' } }, who.caw());
    expect(errorOf(cawJudicial).code).toBe('FORBIDDEN');
    const cawNarrative = await run(ShareInformationDocument, { input: { dossierId, category: 'CASE_NARRATIVE', legalBasis: 'sw-458ter', content: 'The victim is in contact with our service.' } }, who.caw());
    expect(cawNarrative.body.errors).toBeUndefined();
    caw = await run(CaseFileDocument, { code }, who.caw());
    const items = caw.body.data!.dossier!.infoSharing!;
    expect(items.find((item) => item!.category === 'CASE_NARRATIVE')!.content).toBe('The victim is in contact with our service.');
    expect(items.find((item) => item!.category === 'JUDICIAL')!.content).toBeNull();

    // 9. The CAW leaves the consultation: it loses access to the case content.
    const left = await run(WithdrawFromCaseConsultationDocument, { input: { dossierId, organisationId: 'limburg-caw' } }, who.caseManager());
    expect(left.body.errors).toBeUndefined();
    caw = await run(CaseFileDocument, { code }, who.caw());
    expect(caw.body.data!.dossier!.situation).toBeNull();
    expect(forbiddenPaths(caw.body)).toContain('dossier.situation');

    // 10. Closure: the open action is cancelled; from now on only the Safe Home's team reads the dossier.
    const version = left.body.data!.withdrawFromCaseConsultation!.version!;
    const closedDossier = await run(CloseDossierDocument, { input: { dossierId, expectedVersion: version, outcome: 'SAFETY_RESTORED' } }, who.caseManager());
    expect(closedDossier.body.data!.closeDossier).toMatchObject({ status: 'CLOSED', outcome: 'SAFETY_RESTORED', closedOn: today() });
    police = await run(CaseFileDocument, { code }, who.policeConsulting());
    expect(police.body).toEqual({ data: { dossier: null } });
    const archive = await run(CaseFileDocument, { code }, who.caseManager());
    expect(archive.body.data!.dossier).toMatchObject({ status: 'CLOSED', situation: { summary: expect.stringMatching(/Police intervened/) } });
    expect(archive.body.data!.dossier!.actionPlan).toEqual([expect.objectContaining({ id: actionId, status: 'CANCELLED' })]);
    // A dossier the police may no longer read is, to their writes too, one they cannot tell from a missing one.
    const lateAssessment = await run(AssessRiskDocument, { input: { dossierId, personId: victim.id, ...answers([]) } }, who.policeAssessing());
    expect(errorOf(lateAssessment)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dossierId', message: `there is no dossier ${dossierId} that you may see` });

    // Every step is a CHANGE line of the log, with the organisation, the purpose and the legal basis it wrote under.
    const changes = await db()('audit.disclosures').where({ kind: 'CHANGE', subjectType: 'Dossier', subjectId: dossierId }).orderBy('seq');
    expect(changes.map((line) => line.operationName)).toEqual([
      'referFamily', 'startIntake', 'weighDossier', 'assessRisk', 'scheduleCaseConsultation', 'recordCaseConsultation', 'assessRisk', 'planAction',
      'reportActionProgress', 'shareInformation', 'shareInformation', 'withdrawFromCaseConsultation', 'closeDossier',
    ]);
    expect(changes.every((line) => line.outcome === 'WRITTEN' && line.fields[0].legalBasis.length > 0)).toBe(true);
    expect(changes[0]).toMatchObject({ organisationId: 'limburg-police', purpose: 'REFERRAL', fields: [{ field: 'Mutation.referFamily', category: 'CASE_ADMIN', rules: ['partners-refer-families'], legalBasis: ['vh-decree-art2-8', 'vh-decree-personal-data', 'gdpr-6-1-e'] }] });
    const personLines = await db()('audit.disclosures').where({ kind: 'CHANGE', subjectType: 'Person', operationName: 'referFamily' }).whereIn('subjectId', team.body.data!.dossier!.persons!.map((p) => p!.person!.id));
    expect(personLines).toHaveLength(3);
    expect(await createAuditLog(db()).verify()).toMatchObject({ intact: true });
  });
});

describe('the README’s case-work example on the typed client', () => {
  it('runs from referral to closure against the hub', async () => {
    // Each step through its organisation's partner application (seed/applications.ts), whose documents the seed approved.
    const tokens = {
      policeReferring: [who.policeReferring(), 'limburg-police-app'], police: [who.policeConsulting(), 'limburg-police-app'],
      caseManager: [who.caseManager(), 'limburg-safe-home-casework'], caw: [who.caw(), 'limburg-caw-app'],
    } as const;
    const steps = await caseWorkJourney(hub().gateway.graphqlUrl, (step) => tokenFor(tokens[step][0], undefined, tokens[step][1]), 'Testgezin-readme');
    expect(steps.map((step) => step.step)).toEqual([
      'referFamily', 'startIntake', 'weighDossier', 'assessRisk', 'recordCaseConsultation', 'reportActionProgress', 'shareInformation', 'closeDossier', 'dossier',
    ]);
    expect(steps[steps.length - 1].result).toBe('no longer visible to the police');
  });
});
