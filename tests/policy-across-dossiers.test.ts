import { AssessRiskDocument, OverdueActionsDocument, PlanActionDocument, RecordCaseConsultationDocument, ScheduleCaseConsultationDocument } from '../clients/generated/graphql';
import { today } from '../subgraphs/common/validation';
import { activeDossier, answers, who } from './support/case-work';
import { useTestDatabase } from './support/database';
import { useTestHub } from './support/hub';

const { run, query } = useTestHub('casework');
const db = useTestDatabase('casework');

const forbidden = (body: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => error.path!.join('.'));

/** A held consultation of the dossier in which these organisations (and the Safe Home) take part. */
async function consultation(dossierId: string, participants: string[]) {
  const planned = (await run(ScheduleCaseConsultationDocument, { input: { dossierId, plannedOn: today(), invitedOrganisationIds: participants } }, who.caseManager())).body.data!.scheduleCaseConsultation!;
  await run(RecordCaseConsultationDocument, {
    input: { consultationId: planned.id, expectedVersion: 1, heldOn: today(), decisions: 'Shared the risk.', personsInformed: true, participantIds: ['limburg-safe-home', ...participants] },
  }, who.caseManager());
}

describe('a person in several dossiers', () => {
  it("keeps a justice house from a victim's contact and address through any other dossier she is in", async () => {
    // She is the victim in one dossier (her address not protected) and a family member in another, whose consultation the justice house takes part in.
    const first = await activeDossier(run, 'across-victim');
    const second = await activeDossier(run, 'across-family');
    const victim = await db()('persons.persons as p').join('persons.dossier_persons as dp', 'dp.personId', 'p.id')
      .where({ 'dp.dossierId': first.id, 'dp.role': 'VICTIM' }).select('p.id').first();
    await db()('persons.persons').where({ id: victim.id }).update({ addressProtected: false, street: 'Gewone straat 4', postalCode: '3500', municipality: 'Hasselt' });
    await db()('persons.dossier_persons').insert({ dossierId: second.id, personId: victim.id, role: 'FAMILY_MEMBER' });
    await consultation(second.id, ['limburg-justice-house']);
    const assessed = await run(AssessRiskDocument, { input: { dossierId: first.id, personId: victim.id, ...answers([]) } }, who.caseManager());
    expect(assessed.body.errors).toBeUndefined();

    const { body } = await query(`{ dossier(code: "${second.code}") { persons { role person { id givenName phone address { street } } } } }`, {}, who.justiceHouse());
    const persons = body.data!.dossier.persons as { role: string; person: { id: string; givenName: string | null; phone: string | null; address: unknown } }[];
    const index = persons.findIndex((entry) => entry.person.id === victim.id);
    expect(persons[index]).toEqual({ role: 'FAMILY_MEMBER', person: { id: victim.id, givenName: 'Saar', phone: null, address: null } });
    expect(forbidden(body)).toEqual(expect.arrayContaining([`dossier.persons.${index}.person.phone`, `dossier.persons.${index}.person.address`]));
    // The refusal names no rule: which one refused would say that she is a victim in a dossier the justice house may not read.
    const message = (body.errors as { path: (string | number)[]; message: string }[]).find((error) => error.path.join('.') === `dossier.persons.${index}.person.phone`)!.message;
    expect(message).toMatch(/rules over every dossier this record is in/);
    expect(message).not.toMatch(/victim|child|justice house/i);

    // Her assessments are in the dossier it takes no part in: not even their existence shows.
    const history = await query(`{ person(id: "${victim.id}") { riskHistory { id level } } }`, {}, who.justiceHouse());
    expect(history.body).toEqual({ data: { person: { riskHistory: [] } } });

    // The same person asked for directly: the same answer.
    const direct = await query(`{ person(id: "${victim.id}") { givenName phone address { street } } }`, {}, who.justiceHouse());
    expect(direct.body.data!.person).toEqual({ givenName: 'Saar', phone: null, address: null });

    // The CAW, in the same consultation, reads what the justice house may not: the deny is the justice house's alone.
    const { body: caw } = await query(`{ person(id: "${victim.id}") { phone address { street } } }`, {}, who.caw());
    expect(caw.data!.person).toBeNull();
    await consultation(second.id, ['limburg-caw']);
    const { body: cawParticipating } = await query(`{ person(id: "${victim.id}") { phone address { street } } }`, {}, who.caw());
    expect(cawParticipating.data!.person).toEqual({ phone: '+32 000 11 22 33', address: { street: 'Gewone straat 4' } });
  });
});

describe('records an actor may not see', () => {
  it('are filtered out in SQL, never returned as shells of FORBIDDEN fields', async () => {
    const dossier = await activeDossier(run, 'overdue-shells');
    await consultation(dossier.id, ['limburg-police']);
    const planned = await run(PlanActionDocument, { input: { dossierId: dossier.id, description: 'Follow up', ownerOrganisationId: 'limburg-police', dueOn: today() } }, who.caseManager());
    expect(planned.body.errors).toBeUndefined();
    await db()('dossiers.action_plan_items').where({ id: planned.body.data!.planAction!.id }).update({ dueOn: '2024-01-01' });

    const asPolice = await run(OverdueActionsDocument, { first: 100 }, who.policeConsulting());
    expect(asPolice.body.data!.overdueActions!.nodes!.map((node) => node!.id)).toContain(planned.body.data!.planAction!.id);
    // The justice house takes part in no consultation of this dossier: it gets the actions of those it does take part in, whole.
    const asJusticeHouse = await run(OverdueActionsDocument, { first: 100 }, who.justiceHouse());
    const nodes = asJusticeHouse.body.data!.overdueActions!.nodes!;
    expect(nodes.map((node) => node!.id)).not.toContain(planned.body.data!.planAction!.id);
    expect(asJusticeHouse.body.errors).toBeUndefined();
    const participating: { code: string }[] = await db()('dossiers.dossiers as d').join('dossiers.consultation_participants as p', 'p.dossierId', 'd.id')
      .where('p.organisationId', 'limburg-justice-house').select('d.code');
    const codes = participating.map((row) => row.code);
    for (const node of nodes) expect(codes).toContain(node!.dossier!.code);
  });
});

describe('what a refusal and an escalation tell of a person\'s other dossiers', () => {
  const victimOf = async (dossierId: string): Promise<string> => (await db()('persons.dossier_persons').where({ dossierId, role: 'VICTIM' }).first()).personId;
  const refusalOfAddress = async (personId: string) => {
    const { body } = await query(`{ person(id: "${personId}") { address { street } } }`, {}, who.policeConsulting());
    return (body.errors ?? []).map((error: { message: string; extensions?: Record<string, unknown> }) => ({ code: error.extensions?.code, message: error.message }));
  };

  it('refuses a protected address alike whether the person is in one dossier or also in one the actor takes no part in', async () => {
    const [alone, also, elsewhere] = [await activeDossier(run, 'refusal-alone'), await activeDossier(run, 'refusal-also'), await activeDossier(run, 'refusal-elsewhere')];
    await consultation(alone.id, ['limburg-police']);
    await consultation(also.id, ['limburg-police']);
    const [onlyHere, inTwo] = [await victimOf(alone.id), await victimOf(also.id)];
    await db()('persons.persons').whereIn('id', [onlyHere, inTwo]).update({ addressProtected: true });
    await db()('persons.dossier_persons').insert({ dossierId: elsewhere.id, personId: inTwo, role: 'VICTIM' });
    const [one, two] = [await refusalOfAddress(onlyHere), await refusalOfAddress(inTwo)];
    expect(one).toEqual([{ code: 'FORBIDDEN', message: expect.stringMatching(/protected address .* never leaves the Safe Home's own team/) }]);
    expect(two).toEqual(one);
  });

  it("flags an escalation only against the person's previous assessment in the same dossier, which its readers read too", async () => {
    const [shared, hidden] = [await activeDossier(run, 'escalation-shared'), await activeDossier(run, 'escalation-hidden')];
    await consultation(shared.id, ['limburg-police']);
    const victim = await victimOf(shared.id);
    await db()('persons.dossier_persons').insert({ dossierId: hidden.id, personId: victim, role: 'VICTIM' });
    const assess = (dossierId: string, present: string[]) => run(AssessRiskDocument, { input: { dossierId, personId: victim, ...answers(present) } }, who.caseManager());
    expect((await assess(hidden.id, [])).body.data!.assessRisk).toMatchObject({ level: 'LOW' });
    expect((await assess(shared.id, ['R1', 'R3', 'R7'])).body.data!.assessRisk).toMatchObject({ level: 'HIGH', escalation: null });
    const { body } = await query(`{ person(id: "${victim}") { riskHistory { level escalation } } }`, {}, who.policeConsulting());
    expect(body.data!.person.riskHistory).toEqual([{ level: 'HIGH', escalation: null }]);
    const lower = await assess(shared.id, []);
    expect(lower.body.data!.assessRisk).toMatchObject({ level: 'LOW', escalation: null });
    expect((await assess(shared.id, ['R1', 'R3', 'R7'])).body.data!.assessRisk).toMatchObject({ level: 'HIGH', escalation: 'HIGHER_LEVEL_THAN_PREVIOUS' });
  });
});

describe("a partner's risk assessment", () => {
  const assess = (dossierId: string, personId: string) => run(AssessRiskDocument, { input: { dossierId, personId, ...answers([]) } }, who.policeAssessing());
  const errors = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
    (body.errors ?? []).map((error) => ({ code: error.extensions?.code, field: error.extensions?.field, message: error.message.replace(/[0-9a-f-]{36}/g, '<id>') }));

  it('is refused alike for a person in the dossier and one who is not, to a partner taking no part in it', async () => {
    const dossier = await activeDossier(run, 'assess-outsider');
    const victim = await db()('persons.dossier_persons').where({ dossierId: dossier.id, role: 'VICTIM' }).first();
    const member = await assess(dossier.id, victim.personId);
    const stranger = await assess(dossier.id, '6024d055-1e00-4000-8000-0000000000a2');
    expect(errors(member.body)).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
    expect(errors(member.body)).toEqual(errors(stranger.body));
    expect(await db()('risk.assessments').where({ dossierId: dossier.id })).toEqual([]);
  });

  it("tells a participant nothing of a person's other dossiers: one of another dossier is refused as one that does not exist", async () => {
    const dossier = await activeDossier(run, 'assess-participant');
    const elsewhere = await activeDossier(run, 'assess-elsewhere');
    await consultation(dossier.id, ['limburg-police']);
    const [inDossier, inOther] = await Promise.all([dossier.id, elsewhere.id].map((dossierId) => db()('persons.dossier_persons').where({ dossierId, role: 'VICTIM' }).first()));
    const other = await assess(dossier.id, inOther.personId);
    const missing = await assess(dossier.id, '6024d055-1e00-4000-8000-0000000000a3');
    expect(errors(other.body)).toEqual([{ code: 'BAD_USER_INPUT', field: 'input.personId', message: 'there is no person <id> that you may see' }]);
    expect(errors(other.body)).toEqual(errors(missing.body));
    const assessed = await assess(dossier.id, inDossier.personId);
    expect(assessed.body.errors ?? []).toEqual([]);
    expect(await db()('risk.assessments').where({ dossierId: dossier.id }).select('personId', 'assessorOrganisationId')).toEqual([{ personId: inDossier.personId, assessorOrganisationId: 'limburg-police' }]);
  });
});
