import {
  CloseDossierDocument, PlanActionDocument, RecordCaseConsultationDocument, ReferFamilyDocument, ReportActionProgressDocument, ScheduleCaseConsultationDocument,
} from '../clients/generated/graphql';
import { createAuditLog } from '../audit-log/disclosure-log';
import { today } from '../subgraphs/common/validation';
import { activeDossier, errorOf, family, referral, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

const { run } = useTestHub('casework');
const db = useTestDatabase('casework');

describe('concurrent case work', () => {
  it('50 concurrent reports on one action lose nothing: one is written, 49 are refused as stale, and the log verifies', async () => {
    const dossier = await activeDossier(run, 'concurrency', 3);
    const planned = (await run(ScheduleCaseConsultationDocument, { input: { dossierId: dossier.id, plannedOn: today(), invitedOrganisationIds: ['limburg-caw'] } }, who.caseManager()))
      .body.data!.scheduleCaseConsultation!;
    await run(RecordCaseConsultationDocument, {
      input: { consultationId: planned.id, expectedVersion: 1, heldOn: today(), participantIds: ['limburg-safe-home', 'limburg-caw'], personsInformed: true, decisions: 'Safety plan.' },
    }, who.caseManager());
    const action = (await run(PlanActionDocument, { input: { dossierId: dossier.id, description: 'Safety plan', ownerOrganisationId: 'limburg-caw', dueOn: today() } }, who.caseManager()))
      .body.data!.planAction!;

    const reports = await Promise.all(
      Array.from({ length: 50 }, (_, i) => run(ReportActionProgressDocument, { input: { actionId: action.id, expectedVersion: 1, note: `Report ${i}` } }, who.caw())),
    );
    const written = reports.filter((response) => !response.body.errors);
    const stale = reports.filter((response) => errorOf(response).code === 'STALE_VERSION');
    expect(written).toHaveLength(1);
    expect(stale).toHaveLength(49);
    expect(written[0].body.data!.reportActionProgress).toMatchObject({ version: 2 });

    const notes = await db()('dossiers.execution_notes').where({ actionPlanItemId: action.id });
    expect(notes).toHaveLength(1);
    expect(await db()('dossiers.action_plan_items').where({ id: action.id }).first()).toMatchObject({ version: 2 });
    expect(await db()('audit.disclosures').where({ kind: 'CHANGE', subjectId: dossier.id, operationName: 'reportActionProgress' }).count({ n: '*' })).toEqual([{ n: 1 }]);
    expect(await createAuditLog(db()).verify()).toMatchObject({ intact: true });
  });

  it('lets a closure and reports on the same dossier race without a deadlock: each is written or refused for a reason', async () => {
    const dossier = await activeDossier(run, 'race', 2);
    const actions = [];
    for (let i = 0; i < 5; i += 1) {
      actions.push((await run(PlanActionDocument, { input: { dossierId: dossier.id, description: `Action ${i}`, ownerOrganisationId: 'limburg-safe-home', dueOn: today() } }, who.caseManager())).body.data!.planAction!);
    }
    const current = (await db()('dossiers.dossiers').where({ id: dossier.id }).first()).version;
    const responses = await Promise.all([
      ...actions.map((action) => run(ReportActionProgressDocument, { input: { actionId: action.id, expectedVersion: 1, note: 'Done.', status: 'DONE' } }, who.caseManager())),
      run(CloseDossierDocument, { input: { dossierId: dossier.id, expectedVersion: current, outcome: 'SAFETY_RESTORED' } }, who.caseManager()),
      ...actions.map((action) => run(ReportActionProgressDocument, { input: { actionId: action.id, expectedVersion: 1, note: 'Done too.' } }, who.caseManager())),
    ]);
    const codes = responses.map((response) => (response.body.errors ? errorOf(response).code : 'WRITTEN'));
    expect(codes.filter((code) => !['WRITTEN', 'STALE_VERSION', 'ILLEGAL_TRANSITION'].includes(code))).toEqual([]);
    expect(await db()('dossiers.dossiers').where({ id: dossier.id }).first()).toMatchObject({ status: 'CLOSED' });
    expect(await db()('dossiers.action_plan_items').where({ dossierId: dossier.id }).where('status', 'OPEN').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('numbers concurrent referrals to one Safe Home without a gap or a clash', async () => {
    const referred = await Promise.all(
      Array.from({ length: 10 }, (_, i) => run(ReferFamilyDocument, { input: referral(family(`parallel-${i}`)) }, who.policeReferring())),
    );
    const codes = referred.map((response) => Number(response.body.data!.referFamily!.dossier!.code!.slice(4))).sort((a, b) => a - b);
    expect(codes[codes.length - 1] - codes[0]).toBe(9);
    expect(new Set(codes).size).toBe(10);
  });

  it('writes nothing when its line cannot be added to the log: the write and its audit row are one transaction', async () => {
    // A trigger makes the log refuse CHANGE lines of this one test actor (other tests share the database).
    const failing = { ...who.policeReferring(), subject: 'audit-refuses-me@limburg-police' };
    await db().raw(`
      CREATE FUNCTION audit.refuse_test_line() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the log refuses this line'; END $$`);
    await db().raw(`CREATE TRIGGER refuse_test_line BEFORE INSERT ON audit.disclosures FOR EACH ROW
      WHEN (NEW.actor_subject = 'audit-refuses-me@limburg-police' AND NEW.kind = 'CHANGE') EXECUTE FUNCTION audit.refuse_test_line()`);
    try {
      const persons = family('unlogged');
      const response = await run(ReferFamilyDocument, { input: referral(persons) }, failing);
      expect(errorOf(response).code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(response.body)).not.toMatch(/refuses this line|insert into/);
      expect(await db()('persons.persons').where({ familyName: persons[0].familyName }).count({ n: '*' })).toEqual([{ n: 0 }]);
      expect(await db()('audit.disclosures').where({ actorSubject: failing.subject, kind: 'CHANGE' }).count({ n: '*' })).toEqual([{ n: 0 }]);
    } finally {
      await db().raw('DROP TRIGGER refuse_test_line ON audit.disclosures');
      await db().raw('DROP FUNCTION audit.refuse_test_line()');
    }
  });
});
