import { ANTW6024, LIMB6024 } from '../seed/fixtures';
import { Purpose, Role } from '../policy';
import { useTestDatabase } from './support/database';
import { actor, limburgCaseManager, limburgPolice, postGraphQL, tokenFor, useTestHub } from './support/hub';

const { hub, query } = useTestHub();
const db = useTestDatabase();

const caw = () => actor('limburg-caw', Role.SOCIAL_WORKER, Purpose.CASE_CONSULTATION);
const justiceHouse = () => actor('limburg-justice-house', Role.JUSTICE_ASSISTANT, Purpose.CASE_CONSULTATION);
const psychologist = () => actor('limburg-safe-home', Role.PSYCHOLOGIST, Purpose.CASE_MANAGEMENT);
const antwerpPolice = () => actor('antwerpen-police', Role.POLICE_LIAISON, Purpose.CASE_CONSULTATION);
const antwerpCaseManager = () => actor('antwerpen-safe-home', Role.CASE_MANAGER, Purpose.CASE_MANAGEMENT);

const caseFile = `{
  dossier(code: "LIMB6024") {
    code status
    situation { summary }
    caseConsultations { decisions participants { id } }
    riskAssessments { level }
    infoSharing { category content }
    persons { role person { givenName familyName phone address { street } } }
  }
}`;

const forbiddenPaths = (body: { errors?: { path?: (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
  (body.errors ?? []).filter((error) => error.extensions?.code === 'FORBIDDEN').map((error) => error.path!.join('.'));

describe('the policy through the gateway, on the seed fixtures', () => {
  it("the Safe Home team of the dossier's region reads the whole dossier, judicial information included, health not", async () => {
    const { body } = await query(`{ dossier(code: "LIMB6024") { situation { summary } persons { person { nationalNumber address { street } } } infoSharing { category content } } }`, {}, limburgCaseManager());
    expect(body.data!.dossier.persons[0].person).toEqual({ nationalNumber: '91.04.17-992.50', address: { street: 'Beschermd adres 1' } });
    expect(body.data!.dossier.situation.summary).toMatch(/protected address/);
    expect(body.data!.dossier.infoSharing).toEqual([
      { category: 'JUDICIAL', content: expect.stringMatching(/police interventions/) },
      { category: 'HEALTH', content: null },
    ]);
    expect(forbiddenPaths(body)).toEqual(['dossier.infoSharing.1.content']);
  });

  it("the Safe Home's psychologist reads the health information", async () => {
    const { body } = await query('{ dossier(code: "LIMB6024") { infoSharing { category content } } }', {}, psychologist());
    expect(body.data!.dossier.infoSharing[1]).toEqual({ category: 'HEALTH', content: expect.stringMatching(/trauma therapy/) });
  });

  it.each([['limburg-police', limburgPolice], ['limburg-caw', caw]])('%s, taking part in the consultation, reads the case content', async (_name, who) => {
    const { body } = await query(caseFile, {}, who());
    const dossier = body.data!.dossier;
    expect(dossier.situation.summary).toMatch(/police interventions/);
    expect(dossier.caseConsultations[0].decisions).toMatch(/protected address/);
    expect(dossier.riskAssessments.map((a: { level: string }) => a.level)).toEqual(['HIGH', 'MEDIUM']);
    expect(dossier.persons.map((p: { role: string }) => p.role)).toEqual(['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'CHILD']);
    // The victim's protected address stays with the Safe Home's team, even for those taking part.
    expect(dossier.persons[0].person.address).toBeNull();
    expect(body.errors).toContainEqual(expect.objectContaining({
      path: ['dossier', 'persons', 0, 'person', 'address'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      message: expect.stringMatching(/protected address .* never leaves the Safe Home's own team/),
    }));
  });

  it('judicial information goes to participating police, not to the participating CAW; health to neither', async () => {
    const police = await query('{ dossier(code: "LIMB6024") { infoSharing { content } } }', {}, limburgPolice());
    const cawView = await query('{ dossier(code: "LIMB6024") { infoSharing { content } } }', {}, caw());
    expect(police.body.data!.dossier.infoSharing.map((i: { content: string | null }) => i.content !== null)).toEqual([true, false]);
    expect(cawView.body.data!.dossier.infoSharing.map((i: { content: string | null }) => i.content !== null)).toEqual([false, false]);
    expect(cawView.body.errors!.find((e) => e.path!.join('.') === 'dossier.infoSharing.0.content')!.message).toMatch(/JUDICIAL/);
  });

  it('limburg-justice-house, not taking part, sees the dossier exists but gets FORBIDDEN on every case-content field', async () => {
    const { body } = await query(caseFile, {}, justiceHouse());
    const dossier = body.data!.dossier;
    expect(dossier).toMatchObject({ code: 'LIMB6024', status: 'ACTIVE', situation: null, caseConsultations: null, riskAssessments: null, infoSharing: null });
    expect(forbiddenPaths(body)).toEqual(expect.arrayContaining(['dossier.situation', 'dossier.caseConsultations', 'dossier.riskAssessments', 'dossier.infoSharing']));
    // Identity only as far as its mandate: the alleged perpetrator, not the victim or the children.
    expect(dossier.persons).toHaveLength(1);
    expect(dossier.persons[0]).toMatchObject({ role: 'ALLEGED_PERPETRATOR', person: { givenName: 'Kobe', phone: null, address: null } });
    const contact = body.errors!.find((e) => e.path!.join('.') === 'dossier.persons.0.person.phone')!;
    expect(contact.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Person.phone' });
    expect(contact.message).toMatch(/takes part in the dossier's case consultation/);
  });

  it("a justice house never gets the victim's address or contact, not even by asking for the person directly", async () => {
    const { body } = await query(`{ person(id: "${LIMB6024.victimId}") { givenName phone address { street } } }`, {}, justiceHouse());
    expect(body.data).toEqual({ person: null });
    expect(JSON.stringify(body)).not.toMatch(/Beschermd|12 34 56/);
  });

  it('antwerpen-police sees nothing of LIMB6024, not even that it exists: filtered, not FORBIDDEN', async () => {
    const who = antwerpPolice();
    const byCode = await query('{ dossier(code: "LIMB6024") { code } }', {}, who);
    expect(byCode.body).toEqual({ data: { dossier: null } });
    const list = await query('{ dossiers(filter: { safeHomeId: "limburg" }) { totalCount nodes { code } } }', {}, who);
    expect(list.body).toEqual({ data: { dossiers: { totalCount: 0, nodes: [] } } });
    const person = await query(`{ person(id: "${LIMB6024.victimId}") { givenName } }`, {}, who);
    expect(person.body).toEqual({ data: { person: null } });
    const own = await query('{ dossiers(filter: { safeHomeId: "antwerpen" }, first: 1) { totalCount } }', {}, who);
    const [{ count: open }] = await db()('dossiers.dossiers').where({ safeHomeId: 'antwerpen' }).whereNot('status', 'CLOSED').count({ count: '*' });
    expect(own.body.data!.dossiers.totalCount).toBe(Number(open));
    expect(Number(open)).toBeGreaterThan(100);
  });

  it('after closure a partner no longer finds the dossier, even one whose consultation it took part in; the Safe Home team still reads it', async () => {
    const [closed] = await db()('dossiers.dossiers as d')
      .join('dossiers.consultation_participants as p', 'p.dossierId', 'd.id')
      .where({ 'd.safeHomeId': 'limburg', 'd.status': 'CLOSED', 'p.organisationId': 'limburg-police' })
      .select('d.code')
      .limit(1);
    const document = `{ dossier(code: "${closed.code}") { status situation { summary } } }`;
    const police = await query(document, {}, limburgPolice());
    expect(police.body).toEqual({ data: { dossier: null } });
    const team = await query(document, {}, limburgCaseManager());
    expect(team.body.data!.dossier.situation.summary).toBeTruthy();
  });
});

describe('attacks', () => {
  it("deep nesting cannot reach another dossier's data about the same person", async () => {
    // Kobe is in LIMB6024 and in ANTW6024; limburg-police takes part in LIMB6024 only.
    const { body } = await query(`{ dossier(code: "LIMB6024") { persons { role person { riskHistory { id assessedOn } } } } }`, {}, limburgPolice());
    const kobe = body.data!.dossier.persons.find((p: { role: string }) => p.role === 'ALLEGED_PERPETRATOR');
    expect(kobe.person.riskHistory.map((a: { id: string }) => a.id)).not.toContain(ANTW6024.perpetratorAssessmentId);
    const direct = await query(`{ person(id: "${LIMB6024.perpetratorId}") { riskHistory { id } } }`, {}, limburgPolice());
    expect(direct.body.data!.person.riskHistory).toEqual([]);
  });

  it("the other region's team sees its own dossier's assessment of that person, and nothing of LIMB6024", async () => {
    const { body } = await query(`{ person(id: "${LIMB6024.perpetratorId}") { givenName riskHistory { id } } }`, {}, antwerpCaseManager());
    expect(body.data!.person).toEqual({ givenName: 'Kobe', riskHistory: [{ id: ANTW6024.perpetratorAssessmentId }] });
    const limburg = await query(`{ person(id: "${LIMB6024.victimId}") { givenName } dossier(code: "LIMB6024") { code } }`, {}, antwerpCaseManager());
    expect(limburg.body.data).toEqual({ person: null, dossier: null });
  });

  it('aliases and fragments do not get around the record-level check', async () => {
    const { body } = await query(`{
      a: dossier(code: "LIMB6024") { ...F }
      b: dossier(code: "LIMB6024") { situation { ... on SituationDescription { s: summary } } }
    }
    fragment F on Dossier { x: situation { summary } }`, {}, justiceHouse());
    expect(body.data).toEqual({ a: { x: null }, b: { situation: null } });
    expect(forbiddenPaths(body).sort()).toEqual(['a.x', 'b.situation']);
  });

  it('a token whose purpose was tampered with is refused', async () => {
    const token = await tokenFor(limburgPolice());
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const tampered = [header, Buffer.from(JSON.stringify({ ...claims, purpose: 'RISK_ASSESSMENT' })).toString('base64url'), signature].join('.');
    const response = await postGraphQL(hub().gateway.graphqlUrl, { query: caseFile }, { authorization: `Bearer ${tampered}` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
