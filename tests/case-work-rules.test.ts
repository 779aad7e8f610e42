import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import {
  CaseFileDocument, CloseDossierDocument, OverdueActionsDocument, OverdueActionsQuery, ReferredPersonInput, PlanActionDocument, RecordAnonymousConsultDocument, RecordCaseConsultationDocument,
  ReferFamilyDocument, ScheduleCaseConsultationDocument, StartIntakeDocument, WeighDossierDocument,
} from '../clients/generated/graphql';
import { Purpose, Role } from '../policy';
import { ANTW6024 } from '../seed/fixtures';
import { inDays, today } from '../subgraphs/common/validation';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { activeDossier, errorOf, family, referral, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { actor, statistician, useTestHub } from './support/hub';

const { run, query } = useTestHub('casework');
const db = useTestDatabase('casework');

const count = async (table: string, where: Record<string, unknown> = {}) => Number((await db()(table).where(where).count({ n: '*' }))[0].n);
const changeLines = (subjectId: string) => count('audit.disclosures', { kind: 'CHANGE', subjectId });

describe('referrals', () => {
  it('links the team’s referral of persons already in an open dossier of its Safe Home to it, matched on national number, and flags the repeat', async () => {
    const persons = family('dedup');
    const first = await run(ReferFamilyDocument, { input: referral(persons) }, who.policeReferring());
    const dossier = first.body.data!.referFamily!.dossier!;
    const newPartner = { givenName: 'Lotte', familyName: 'Testgezin-dedup', birthDate: '1992-01-09', role: 'FAMILY_MEMBER' as const, addressProtected: false };
    const again = await run(ReferFamilyDocument, { input: { ...referral([persons[0], newPartner]), source: 'SELF', summary: 'A new incident: threats at the school gate.' } }, who.caseManager());
    expect(again.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: true, dossier: { id: dossier.id, code: dossier.code, version: 2 } });
    const victim = await db()('persons.persons').where({ nationalNumber: persons[0].nationalNumber }).first();
    expect(await count('persons.dossier_persons', { personId: victim.id })).toBe(1);
    const file = await run(CaseFileDocument, { code: dossier.code! }, who.caseManager());
    expect(file.body.data!.dossier!.referrals!.map((r) => r!.repeatWithinYear)).toEqual([false, true]);
    expect(file.body.data!.dossier!.persons!.map((p) => p!.role).sort()).toEqual(['ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER', 'VICTIM']);
  });

  it('matches on name and birth date when no national number is given', async () => {
    const persons = family('by-name');
    const first = await run(ReferFamilyDocument, { input: referral(persons) }, who.policeReferring());
    const child = persons[2];
    const again = await run(ReferFamilyDocument, { input: { ...referral([{ ...child, givenName: child.givenName.toUpperCase() }]), source: 'OPGROEIEN' } }, who.caseManager());
    expect(again.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: true, dossier: { id: first.body.data!.referFamily!.dossier!.id } });
  });

  it('opens a second dossier once the first is closed, and one per Safe Home region: only open dossiers of its own region are matched', async () => {
    const closedOne = await activeDossier(run, 'reopened', 2);
    await run(CloseDossierDocument, { input: { dossierId: closedOne.id, expectedVersion: closedOne.version!, outcome: 'FAMILY_WITHDREW' } }, who.caseManager());
    const persons = (await db()('persons.dossier_persons as dp').join('persons.persons as p', 'p.id', 'dp.personId').where('dp.dossierId', closedOne.id).select('p.*', 'dp.role'))
      .map((p) => ({ givenName: p.givenName, familyName: p.familyName, birthDate: p.birthDate, nationalNumber: p.nationalNumber, role: p.role, addressProtected: p.addressProtected }));
    const again = await run(ReferFamilyDocument, { input: { ...referral(persons), source: 'POLICE' } }, who.caseManager());
    expect(again.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: false, dossier: { status: 'REFERRED' } });
    expect(again.body.data!.referFamily!.dossier!.id).not.toBe(closedOne.id);
    const antwerp = await run(ReferFamilyDocument, { input: referral(persons, 'antwerpen') }, who.antwerpPolice());
    expect(antwerp.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: false, dossier: { code: expect.stringMatching(/^ANTW\d{4}$/) } });
  });

  /** Nothing of a refused referral is written: none of its persons, no referral with its summary. (Other test files write in parallel, so no global counts.) */
  const nothingWritten = async (familyName: string, summary: string) => {
    expect(await count('persons.persons', { familyName })).toBe(0);
    expect(await count('dossiers.referrals', { summary })).toBe(0);
  };

  it.each([
    ['a summary over 4,000 characters', (persons: ReferredPersonInput[]) => ({ summary: 'x'.repeat(4001), persons }), 'input.summary'],
    ['a birth date in the future', (persons: ReferredPersonInput[]) => ({ persons: [{ ...persons[0], birthDate: inDays(2) }, persons[1]] }), 'input.persons.0.birthDate'],
    ['an incident in the future', () => ({ incidentOn: inDays(1) }), 'input.incidentOn'],
    ['a malformed national number', (persons: ReferredPersonInput[]) => ({ persons: [{ ...persons[0], nationalNumber: '12345' }] }), 'input.persons.0.nationalNumber'],
    ['no persons', () => ({ persons: [] }), 'input.persons'],
    ['an unknown Safe Home', () => ({ safeHomeId: 'atlantis' }), 'input.safeHomeId'],
    ['a partner naming another source', () => ({ source: 'CAW' as const }), 'input.source'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (name, change, field) => {
    const persons = family(name.replace(/\W+/g, '-'));
    const input = { ...referral(persons), summary: `Refused referral: ${name}.`, ...change(persons) };
    const response = await run(ReferFamilyDocument, { input: input as never }, who.policeReferring());
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.body.data?.referFamily ?? null).toBeNull();
    await nothingWritten(persons[0].familyName, input.summary);
  });

  it('refuses a referral to another region’s Safe Home exactly as one to a Safe Home that does not exist, nothing written', async () => {
    const persons = family('elsewhere');
    const input = { ...referral(persons, 'antwerpen'), summary: 'A referral to the Safe Home of another region.' };
    const response = await run(ReferFamilyDocument, { input }, who.policeReferring());
    const unknown = await run(ReferFamilyDocument, { input: { ...input, safeHomeId: 'atlantis' } }, who.policeReferring());
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.safeHomeId' });
    expect(errorOf(response)).toEqual(errorOf(unknown));
    const antwerpTeam = await run(ReferFamilyDocument, { input: { ...input, safeHomeId: 'limburg', source: 'SELF' } }, who.antwerpTeamReferring());
    const antwerpUnknown = await run(ReferFamilyDocument, { input: { ...input, safeHomeId: 'atlantis', source: 'SELF' } }, who.antwerpTeamReferring());
    expect(errorOf(antwerpTeam)).toEqual(errorOf(antwerpUnknown));
    await nothingWritten(persons[0].familyName, input.summary);
  });
});

describe('anonymous consults (track 1)', () => {
  it('cannot hold personal data: its input has no free-text field and its table no column for it', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'api.graphql'), 'utf8'));
    const input = schema.getType('AnonymousConsultInput');
    if (!isInputObjectType(input)) throw new Error('AnonymousConsultInput is missing');
    expect(Object.values(input.getFields()).map((field) => `${field.name}: ${field.type}`)).toEqual([
      'safeHomeId: ID!', 'consultedOn: LocalDate', 'askerOrganisationType: OrganisationType!', 'topic: ConsultTopic!',
    ]);
  });

  it('is recorded by the Safe Home team, refused to partners, refuses free text, and is counted in statistics', async () => {
    const year = Number(today().slice(0, 4));
    for (let i = 0; i < 5; i += 1) {
      const recorded = await run(RecordAnonymousConsultDocument, { input: { safeHomeId: 'limburg', askerOrganisationType: 'CAW', topic: 'CHILD_WITNESSING_VIOLENCE' } }, who.caseManager());
      expect(recorded.body.data!.recordAnonymousConsult).toMatchObject({ consultedOn: today(), topic: 'CHILD_WITNESSING_VIOLENCE' });
    }
    const columns = await db()('information_schema.columns').where({ tableSchema: 'dossiers', tableName: 'anonymous_consults' }).pluck('column_name');
    expect(columns.sort()).toEqual(['asker_organisation_type', 'consulted_on', 'id', 'safe_home_id', 'topic']);
    const partner = await run(RecordAnonymousConsultDocument, { input: { safeHomeId: 'limburg', askerOrganisationType: 'CAW', topic: 'OTHER' } }, who.caw());
    expect(errorOf(partner).code).toBe('FORBIDDEN');
    const freeText = await query('mutation { recordAnonymousConsult(input: { safeHomeId: "limburg", askerOrganisationType: CAW, topic: "Saar was hit by Wout" }) { id } }', {}, who.caseManager());
    expect(errorOf(freeText).code).toBe('GRAPHQL_VALIDATION_FAILED');

    await refreshReportingViews(db());
    const [{ n }] = await db()('dossiers.anonymous_consults').whereRaw('extract(year from consulted_on) = ?', [year]).count({ n: '*' });
    const stats = await query(`{ consultsPerYear(filter: { fromYear: ${year}, toYear: ${year} }) { year count suppressed } }`, {}, statistician());
    expect(stats.body.data!.consultsPerYear).toEqual([{ year, count: Number(n), suppressed: false }]);
  });
});

describe('the state machine', () => {
  it('refuses transitions the dossier’s status does not allow, with ILLEGAL_TRANSITION and where it is', async () => {
    const referred = (await run(ReferFamilyDocument, { input: referral(family('states')) }, who.policeReferring())).body.data!.referFamily!.dossier!;
    const early = await run(WeighDossierDocument, { input: { dossierId: referred.id, expectedVersion: 1, track: 2, rationale: 'Family out of balance.', caseManager: 'An' } }, who.caseManager());
    expect(errorOf(early)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    expect(early.body.errors![0].extensions).toMatchObject({ from: 'REFERRED', to: 'ACTIVE' });
    expect(early.body.errors![0].message).toMatch(/allowed from INTAKE/);
    const intake = (await run(StartIntakeDocument, { input: { dossierId: referred.id, expectedVersion: 1 } }, who.caseManager())).body.data!.startIntake!;
    const consult = await run(ScheduleCaseConsultationDocument, { input: { dossierId: referred.id, plannedOn: today(), invitedOrganisationIds: ['limburg-police'] } }, who.caseManager());
    expect(errorOf(consult).code).toBe('ILLEGAL_TRANSITION');
    const trackOne = await run(WeighDossierDocument, { input: { dossierId: referred.id, expectedVersion: intake.version!, track: 1, rationale: 'Anonymous line.', caseManager: 'An' } }, who.caseManager());
    expect(errorOf(trackOne)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.track' });
    const closed = (await run(CloseDossierDocument, { input: { dossierId: referred.id, expectedVersion: intake.version!, outcome: 'NOT_ACCEPTED' } }, who.caseManager())).body.data!.closeDossier!;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'NOT_ACCEPTED' });
    const twice = await run(CloseDossierDocument, { input: { dossierId: referred.id, expectedVersion: closed.version!, outcome: 'OTHER' } }, who.caseManager());
    expect(errorOf(twice)).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
  });

  it('keeps consultations and the action plan to tracks 2 and 3', async () => {
    const peerGroup = await activeDossier(run, 'track-zero', 0);
    const action = await run(PlanActionDocument, { input: { dossierId: peerGroup.id, description: 'Peer group sessions', ownerOrganisationId: 'limburg-safe-home', dueOn: inDays(10) } }, who.caseManager());
    expect(errorOf(action).code).toBe('ILLEGAL_TRANSITION');
    expect(errorOf(action).message).toMatch(/track 0/);
  });

  it('refuses a stale write with STALE_VERSION and changes nothing', async () => {
    const dossier = await activeDossier(run, 'stale', 2);
    const stale = await run(CloseDossierDocument, { input: { dossierId: dossier.id, expectedVersion: dossier.version! - 1, outcome: 'OTHER' } }, who.caseManager());
    expect(errorOf(stale)).toMatchObject({ code: 'STALE_VERSION' });
    expect(stale.body.errors![0].extensions).toMatchObject({ expectedVersion: dossier.version! - 1, currentVersion: dossier.version });
    expect(await db()('dossiers.dossiers').where({ id: dossier.id }).first()).toMatchObject({ status: 'ACTIVE', version: dossier.version });
  });
});

describe('case consultations and the action plan', () => {
  it('checks who takes part and what was told to the persons concerned', async () => {
    const dossier = await activeDossier(run, 'consultation', 3);
    const past = await run(ScheduleCaseConsultationDocument, { input: { dossierId: dossier.id, plannedOn: '2020-01-01', invitedOrganisationIds: ['limburg-police'] } }, who.caseManager());
    expect(errorOf(past)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plannedOn' });
    const otherRegion = await run(ScheduleCaseConsultationDocument, { input: { dossierId: dossier.id, plannedOn: today(), invitedOrganisationIds: ['antwerpen-police'] } }, who.caseManager());
    expect(errorOf(otherRegion)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.invitedOrganisationIds' });
    const planned = (await run(ScheduleCaseConsultationDocument, { input: { dossierId: dossier.id, plannedOn: today(), invitedOrganisationIds: ['limburg-police', 'limburg-cgg'] } }, who.caseManager()))
      .body.data!.scheduleCaseConsultation!;
    const base = { consultationId: planned.id, expectedVersion: 1, heldOn: today(), decisions: 'Risk shared.', personsInformed: true };
    const unexplained = await run(RecordCaseConsultationDocument, { input: { ...base, participantIds: ['limburg-safe-home', 'limburg-police'], personsInformed: false } }, who.caseManager());
    expect(errorOf(unexplained)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.notInformedReason' });
    const withoutSafeHome = await run(RecordCaseConsultationDocument, { input: { ...base, participantIds: ['limburg-police'] } }, who.caseManager());
    expect(errorOf(withoutSafeHome)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.participantIds' });
    const held = await run(RecordCaseConsultationDocument, { input: { ...base, participantIds: ['limburg-safe-home', 'limburg-police'], personsInformed: false, notInformedReason: 'Informing him would endanger the victim.' } }, who.caseManager());
    expect(held.body.data!.recordCaseConsultation).toMatchObject({ status: 'HELD', personsInformed: false });
    const again = await run(RecordCaseConsultationDocument, { input: { ...base, expectedVersion: 2, participantIds: ['limburg-safe-home'] } }, who.caseManager());
    expect(errorOf(again).code).toBe('ILLEGAL_TRANSITION');

    // The CGG was invited but did not take part: it can own no action and reads no plan.
    const cggAction = await run(PlanActionDocument, { input: { dossierId: dossier.id, description: 'Trauma therapy', ownerOrganisationId: 'limburg-cgg', dueOn: inDays(20) } }, who.caseManager());
    expect(errorOf(cggAction)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.ownerOrganisationId' });
    const pastDue = await run(PlanActionDocument, { input: { dossierId: dossier.id, description: 'Follow up', ownerOrganisationId: 'limburg-police', dueOn: '2024-01-01' } }, who.caseManager());
    expect(errorOf(pastDue)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
  });

  it('shows the case manager the open actions past their due date, and no other region’s', async () => {
    const dossier = await activeDossier(run, 'overdue', 2);
    const action = (await run(PlanActionDocument, { input: { dossierId: dossier.id, description: 'Home visit', ownerOrganisationId: 'limburg-safe-home', dueOn: inDays(1) } }, who.caseManager()))
      .body.data!.planAction!;
    await db()('dossiers.action_plan_items').where({ id: action.id }).update({ dueOn: inDays(-3) }); // time passes
    const overdue = async (as: ReturnType<typeof who.caseManager>) => {
      const found: NonNullable<OverdueActionsQuery['overdueActions']>['nodes'] = [];
      let after: string | null | undefined = null;
      do {
        const page: NonNullable<OverdueActionsQuery['overdueActions']> = (await run(OverdueActionsDocument, { first: 100, after }, as)).body.data!.overdueActions!;
        found.push(...page.nodes!);
        after = page.pageInfo!.hasNextPage ? page.pageInfo!.endCursor : null;
      } while (after);
      return found;
    };
    const mine = await overdue(who.caseManager());
    expect(mine.find((item) => item!.id === action.id)).toMatchObject({ overdue: true, dossier: { code: dossier.code } });
    expect(mine.every((item) => item!.overdue)).toBe(true);
    const antwerp = await overdue(actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT));
    expect(antwerp.find((item) => item!.id === action.id)).toBeUndefined();
  });
});

describe('a mutation the actor may not make', () => {
  it('is refused before it runs when no rule gives that role the task: a psychologist closing, a statistician referring', async () => {
    const dossier = await activeDossier(run, 'not-your-task', 2);
    const psychologist = await run(CloseDossierDocument, { input: { dossierId: dossier.id, expectedVersion: dossier.version!, outcome: 'OTHER' } }, who.psychologist());
    expect(errorOf(psychologist)).toMatchObject({ code: 'FORBIDDEN', field: 'Mutation.closeDossier' });
    expect(errorOf(psychologist).message).toMatch(/no rule lets a PSYCHOLOGIST of a SAFE_HOME update it for CASE_MANAGEMENT/);
    const statisticianReferring = await run(ReferFamilyDocument, { input: referral(family('statistician')) }, statistician());
    expect(errorOf(statisticianReferring)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await db()('dossiers.dossiers').where({ id: dossier.id }).first()).toMatchObject({ status: 'ACTIVE', version: dossier.version });
    expect(await count('persons.persons', { familyName: 'Testgezin-statistician' })).toBe(0);
  });

  it('is refused as if the record did not exist, and writes nothing, when it reaches into another region', async () => {
    const response = await run(CloseDossierDocument, { input: { dossierId: ANTW6024.id, expectedVersion: 1, outcome: 'OTHER' } }, who.caseManager());
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dossierId', message: `there is no dossier ${ANTW6024.id} that you may see` });
    expect(await db()('dossiers.dossiers').where({ id: ANTW6024.id }).first()).toMatchObject({ status: 'ACTIVE' });
    expect(await changeLines(ANTW6024.id)).toBe(0);
  });

  it('names an unknown dossier as such', async () => {
    const response = await run(CloseDossierDocument, { input: { dossierId: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, outcome: 'OTHER' } }, who.caseManager());
    expect(errorOf(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dossierId' });
  });
});
