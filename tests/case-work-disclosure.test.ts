import {
  AssessRiskDocument, CaseFileDocument, CloseDossierDocument, LinkReferralDocument, RecordCaseConsultationDocument, ReferFamilyDocument, ReferralMatchesDocument,
  ReferredPersonInput, ReportActionProgressDocument, ScheduleCaseConsultationDocument,
} from '../clients/generated/graphql';
import { ANTW6024, LIMB6024 } from '../seed/fixtures';
import { today } from '../subgraphs/common/validation';
import { refreshReportingViews } from '../subgraphs/statistics/refresh';
import { activeDossier, answers, errorOf, family, referral, Run, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

/**
 * A write is also a read: what a mutation matches, computes, returns or refuses tells the writer no
 * more than a read would, and creates no access. Each case here was a way around the policy.
 */
const { run, query } = useTestHub('casework');
const db = useTestDatabase('casework');

/** LIMB6024's victim as a hostile referrer would type her in: her name, birth date and national number. */
const noor = { givenName: 'Noor', familyName: 'Vande Molkaert', birthDate: '1991-04-17', nationalNumber: '91.04.17-992.50' };
const lina = { givenName: 'Lina', familyName: 'Vande Molkaert', birthDate: '2016-06-09' };

const personIdsIn = async (dossierId: string): Promise<string[]> => (await db()('persons.dossier_persons').where({ dossierId }).select('personId')).map((row) => row.personId);
const matchesOf = async (code: string, as = who.caseManager()) => run(ReferralMatchesDocument, { code }, as);

async function victimOf(dossierCode: string, as = who.caseManager()) {
  const file = await run(CaseFileDocument, { code: dossierCode }, as);
  return file.body.data!.dossier!.persons!.find((p) => p!.role === 'VICTIM')!.person!.id;
}

describe('deduplication stays within the referring Safe Home’s open dossiers', () => {
  it.each<[string, Pick<ReferredPersonInput, 'givenName' | 'familyName' | 'birthDate' | 'nationalNumber'>]>([
    ['her name and birth date', { givenName: noor.givenName, familyName: noor.familyName, birthDate: noor.birthDate }],
    ['only her national number, under another name', { givenName: 'Anna', familyName: 'Testgezin-anders', birthDate: '1980-01-01', nationalNumber: noor.nationalNumber }],
  ])('never links another region’s person into a referral: Antwerp referring with %s reads only what it typed', async (_, identity) => {
    const person: ReferredPersonInput = { ...identity, role: 'VICTIM', addressProtected: false };
    const response = await run(ReferFamilyDocument, { input: { ...referral([person], 'antwerpen'), source: 'SELF', summary: 'A referral naming a person known in Limburg.' } }, who.antwerpTeamReferring());
    expect(response.body.errors).toBeUndefined();
    const { dossier, linkedToExistingDossier } = response.body.data!.referFamily!;
    expect(linkedToExistingDossier).toBe(false);
    const inAntwerp = await personIdsIn(dossier!.id);
    expect(inAntwerp).toHaveLength(1);
    expect(inAntwerp).not.toContain(LIMB6024.victimId);

    const herRecord = await query(`{ person(id: "${LIMB6024.victimId}") { nationalNumber phone email address { street } } }`, {}, who.antwerpCaseManager());
    expect(herRecord.body.data!.person).toBeNull();
    const file = await query(`{ dossier(code: "${dossier!.code}") { persons { person { givenName nationalNumber phone email address { street } } } } }`, {}, who.antwerpCaseManager());
    expect(file.body.data!.dossier.persons).toEqual([
      { person: { givenName: identity.givenName, nationalNumber: identity.nationalNumber ?? null, phone: null, email: null, address: null } },
    ]);
  });

  it('refuses the team a national number its region’s open dossiers hold under another identity, without saying whose; a number held only elsewhere is no refusal', async () => {
    const persons = family('number-conflict');
    const first = (await run(ReferFamilyDocument, { input: referral(persons) }, who.policeReferring())).body.data!.referFamily!.dossier!;
    const impostor: ReferredPersonInput = { givenName: 'Anna', familyName: 'Testgezin-impostor', birthDate: '1980-01-01', nationalNumber: persons[0].nationalNumber, role: 'VICTIM', addressProtected: false };
    const summary = 'A referral naming a national number under another name.';
    const refused = await run(ReferFamilyDocument, { input: { ...referral([persons[1], impostor]), source: 'SELF', summary } }, who.caseManager());
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.persons.1.nationalNumber' });
    expect(errorOf(refused).message).not.toMatch(/Saar|number-conflict|LIMB\d|\d{4}-\d\d-\d\d/);
    expect(await db()('persons.persons').where({ familyName: 'Testgezin-impostor' }).count({ n: '*' })).toEqual([{ n: 0 }]);
    expect(await db()('dossiers.referrals').where({ summary }).count({ n: '*' })).toEqual([{ n: 0 }]);

    // A partner is never refused on what the region holds (that would tell it): its referral is the team's to triage. The
    // team's own referral of the real person still links, though the region now holds her number under two names.
    const byPartner = await run(ReferFamilyDocument, { input: { ...referral([impostor]), summary: 'The CAW refers a woman it knows as Anna.' } }, who.cawReferring());
    expect(byPartner.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: false, dossier: { status: 'REFERRED' } });
    const byTeam = await run(ReferFamilyDocument, { input: { ...referral([persons[0]]), source: 'SELF' } }, who.caseManager());
    expect(byTeam.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: true, dossier: { id: first.id } });

    // Antwerp's victim's number under another name: Limburg holds no such person, and is told nothing about Antwerp's.
    const elsewhere = await run(ReferFamilyDocument, { input: { ...referral([{ ...impostor, familyName: 'Testgezin-number-held-elsewhere', nationalNumber: '93.07.05-996.40' }]), source: 'SELF' } }, who.caseManager());
    expect(elsewhere.body.errors).toBeUndefined();
    expect(elsewhere.body.data!.referFamily).toMatchObject({ linkedToExistingDossier: false, dossier: { status: 'REFERRED' } });
    const inLimburg = await personIdsIn(elsewhere.body.data!.referFamily!.dossier!.id);
    expect(inLimburg).toHaveLength(1);
    expect(inLimburg).not.toContain(ANTW6024.victimId);
  });
});

describe('a partner’s referral of a family the Safe Home already follows', () => {
  it('lands as a new referral: the open dossier is not written, the partner learns nothing of it, only the team sees the match', async () => {
    const before = await db()('dossiers.dossiers').where({ id: LIMB6024.id }).first();
    const referralsBefore = await db()('dossiers.referrals').where({ dossierId: LIMB6024.id }).pluck('id');
    expect(referralsBefore).toHaveLength(1);
    const personsBefore = await personIdsIn(LIMB6024.id);
    expect(personsBefore).toHaveLength(4);
    const persons: ReferredPersonInput[] = [{ ...noor, role: 'VICTIM', addressProtected: true }, { ...lina, role: 'CHILD', addressProtected: true }];
    const response = await query(
      'mutation Refer($input: ReferralInput!) { referFamily(input: $input) { linkedToExistingDossier dossier { id code status track caseManager referralSource version } referral { id source } } }',
      { input: { ...referral(persons), summary: 'The justice house refers a mother and child after a probation meeting.' } },
      who.justiceHouseReferring(),
    );
    expect(response.body.errors).toBeUndefined();
    const receipt = response.body.data!.referFamily;
    expect(receipt).toMatchObject({ linkedToExistingDossier: false, dossier: { status: 'REFERRED', track: null, caseManager: null, referralSource: 'JUSTICE_HOUSE', version: 1 } });
    expect(receipt.dossier.id).not.toBe(LIMB6024.id);
    expect(JSON.stringify(response.body)).not.toMatch(/LIMB6024|Eva \(LIMB\)/);

    // LIMB6024 is as it was: its case manager's next change, made against the version they read, goes through.
    expect(await db()('dossiers.dossiers').where({ id: LIMB6024.id }).first()).toMatchObject({ version: before.version });
    expect(await db()('dossiers.referrals').where({ dossierId: LIMB6024.id }).pluck('id')).toEqual(referralsBefore);
    expect((await personIdsIn(LIMB6024.id)).sort()).toEqual(personsBefore.sort());

    const team = await matchesOf(receipt.dossier.code);
    expect(team.body.data!.dossier!.possibleMatches!.map((match) => match!.code)).toEqual(['LIMB6024']);
    const partner = await matchesOf(receipt.dossier.code, who.justiceHouseReferring());
    expect(partner.body.data?.dossier?.possibleMatches ?? null).toBeNull();
    expect(errorOf(partner)).toMatchObject({ code: 'FORBIDDEN', field: 'Dossier.possibleMatches' });
  });

  it('is linked by the team into the family’s open dossier: its referral and new persons join it, and the referral’s own dossier closes as linked', async () => {
    const target = await activeDossier(run, 'link-target', 2);
    const persons = family('link-target');
    const sister: ReferredPersonInput = { givenName: 'Lotte', familyName: 'Testgezin-link-target', birthDate: '1992-01-09', role: 'FAMILY_MEMBER', addressProtected: false };
    const referred = await run(ReferFamilyDocument, { input: { ...referral([persons[0], sister]), summary: 'The CAW refers the family again: threats at the school gate.' } }, who.cawReferring());
    const received = referred.body.data!.referFamily!;
    expect(received).toMatchObject({ linkedToExistingDossier: false, dossier: { status: 'REFERRED' } });
    expect((await matchesOf(received.dossier!.code!)).body.data!.dossier!.possibleMatches).toEqual([{ id: target.id, code: target.code, status: 'ACTIVE', version: target.version }]);

    const input = { dossierId: received.dossier!.id, expectedVersion: 1, intoDossierId: target.id, intoExpectedVersion: target.version! };
    const byPartner = await run(LinkReferralDocument, { input }, who.caw());
    expect(errorOf(byPartner).code).toBe('FORBIDDEN');
    const stale = await run(LinkReferralDocument, { input: { ...input, intoExpectedVersion: target.version! - 1 } }, who.caseManager());
    expect(errorOf(stale).code).toBe('STALE_VERSION');

    const linked = await run(LinkReferralDocument, { input }, who.caseManager());
    expect(linked.body.errors).toBeUndefined();
    const dossier = linked.body.data!.linkReferral!;
    expect(dossier).toMatchObject({ code: target.code, version: target.version! + 1 });
    expect(dossier.referrals).toEqual([{ source: 'POLICE', repeatWithinYear: false }, { source: 'CAW', repeatWithinYear: true }]);
    expect(dossier.persons!.map((p) => `${p!.role} ${p!.person!.givenName}`).sort())
      .toEqual(['ALLEGED_PERPETRATOR Wout', 'CHILD Fien', 'FAMILY_MEMBER Lotte', 'VICTIM Saar']);
    expect(await db()('dossiers.dossiers').where({ id: received.dossier!.id }).first()).toMatchObject({ status: 'CLOSED', outcome: 'LINKED_TO_OPEN_DOSSIER', closedOn: today() });
    // The partner cannot find its referral in the dossier it went into: a dossier's referrals are case content, not administrative facts.
    const afterwards = await query(`{ dossier(code: "${target.code}") { code referrals { id } } }`, {}, who.cawReferring());
    expect(afterwards.body.data!.dossier).toEqual({ code: target.code, referrals: null });
    expect(errorOf(afterwards)).toMatchObject({ code: 'FORBIDDEN', field: 'Dossier.referrals' });
    // Not another family in statistics: the linked referral's own dossier counts neither as referred nor as closed.
    await refreshReportingViews(db());
    expect(await db()('statistics.family_referrals').whereIn('dossierId', [received.dossier!.id, target.id]).select('dossierId')).toEqual([{ dossierId: target.id }]);
    expect(await db()('statistics.closed_dossiers').where({ dossierId: received.dossier!.id }).first()).toBeUndefined();
    const byHand = await run(CloseDossierDocument, { input: { dossierId: target.id, expectedVersion: target.version! + 1, outcome: 'LINKED_TO_OPEN_DOSSIER' } }, who.caseManager());
    expect(errorOf(byHand)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outcome' });
    const twice = await run(LinkReferralDocument, { input: { ...input, expectedVersion: 2, intoExpectedVersion: target.version! + 1 } }, who.caseManager());
    expect(errorOf(twice).code).toBe('ILLEGAL_TRANSITION');
  });
});

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
