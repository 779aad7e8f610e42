import { OrganisationType } from '../policy';
import { closed, intakeStarted, openedByReferral, weighed } from '../subgraphs/dossiers/case-file';
import { ClosureOutcome } from '../subgraphs/dossiers/vocabulary';
import { escalationOf, scoreAssessment, Level, riskLevels } from '../subgraphs/risk/scoring';
import { instrumentFor } from './instruments';
import { PersonRow, Sex, SyntheticPeople } from './people';
import { addDays, Random } from './random';
import { organisationId, Region } from './regions';

/** The rows one family adds to each subgraph's tables. */
export interface FamilyRows {
  dossiers: object[];
  referrals: object[];
  situationDescriptions: object[];
  weighings: object[];
  infoSharingItems: object[];
  caseConsultations: object[];
  caseConsultationParticipants: object[];
  actionPlanItems: object[];
  executionNotes: object[];
  persons: PersonRow[];
  dossierPersons: object[];
  assessments: object[];
}

export const emptyRows = (): FamilyRows => ({
  dossiers: [], referrals: [], situationDescriptions: [], weighings: [], infoSharingItems: [], caseConsultations: [],
  caseConsultationParticipants: [], actionPlanItems: [], executionNotes: [], persons: [], dossierPersons: [], assessments: [],
});

const referralSources: [string, number][] = [
  ['POLICE', 45], ['PROSECUTION', 15], ['CAW', 12], ['OPGROEIEN', 6], ['VK', 5], ['CGG', 5], ['OCMW', 5], ['JUSTICE_HOUSE', 2], ['SELF', 5],
];
const violenceForms = ['physical', 'psychological', 'coercive control', 'sexual', 'economic', 'stalking after separation'];
const caseManagers = ['An', 'Bert', 'Charlotte', 'Dries', 'Eva', 'Filip', 'Greet', 'Hamza'];
const outcomes: [ClosureOutcome, number][] = [
  [ClosureOutcome.SAFETY_RESTORED, 60], [ClosureOutcome.HANDED_OVER_TO_REGULAR_CARE, 25], [ClosureOutcome.FAMILY_WITHDREW, 10], [ClosureOutcome.OTHER, 5],
];

export interface FamilySpec {
  region: Region;
  code: string;
  referralDate: string;
  today: string;
}

/**
 * Makes one synthetic family and its dossier with every section that its status implies. The
 * draws are in a fixed order, so the same generator state gives the same family.
 */
export function generateFamily(random: Random, people: SyntheticPeople, spec: FamilySpec, rows: FamilyRows): void {
  const { region, code, referralDate } = spec;
  const dossierId = random.uuid();
  const track = random.weighted([[0, 10], [2, 60], [3, 30]] as const);
  const year = Number(referralDate.slice(0, 4));
  const duration = track === 3 ? random.int(365, 540) : track === 2 ? random.int(120, 180) : random.int(60, 200);
  const endsOn = addDays(referralDate, duration);
  const status = endsOn < spec.today && random.chance(year < 2024 ? 0.97 : 0.75)
    ? 'CLOSED'
    : random.weighted([['REFERRED', 5], ['INTAKE', 10], ['ACTIVE', 85]] as const);
  const source = random.weighted(referralSources);
  const org = (type: OrganisationType) => organisationId(region.id, type);
  const caseManager = status === 'REFERRED' ? null : `${random.pick(caseManagers)} (${region.codePrefix})`;

  // The dossier goes through the same steps as one made through the API; the weighing and the
  // closure are applied below, once their dates are drawn.
  const opened = openedByReferral({
    id: dossierId, code, safeHomeId: region.id, source, referredByOrganisationId: source === 'SELF' ? null : org(source as OrganisationType),
    referredOn: referralDate, incidentOn: null, summary: `Synthetic family referred by ${source.toLowerCase()}; situation described at referral.`,
    violenceForms: [...new Set([random.pick(violenceForms), random.pick(violenceForms)])].join(', '), referralId: random.uuid(), repeatWithinYear: false,
  });
  const dossier: Record<string, unknown> & typeof opened.dossier = { ...opened.dossier };
  if (status !== 'REFERRED') Object.assign(dossier, intakeStarted(dossier, caseManager));
  rows.dossiers.push(dossier);
  rows.referrals.push(opened.referral);
  rows.situationDescriptions.push(opened.situation);

  const family = people.familyName();
  const home = people.home(region.postalCode, region.municipality);
  const victimSex: Sex = random.chance(0.8) ? 'female' : 'male';
  const adultBirth = () => `${year - random.int(22, 55)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
  const victim = people.person(victimSex, family, adultBirth(), random.chance(0.15) ? people.home(region.postalCode, region.municipality) : home, true, random.chance(0.12));
  const perpetrator = people.person(victimSex === 'female' ? 'male' : 'female', family, adultBirth(), home, true);
  const members: [PersonRow, string][] = [[victim, 'VICTIM'], [perpetrator, 'ALLEGED_PERPETRATOR']];
  const children = random.chance(2 / 3) ? random.int(1, 3) : 0;
  for (let i = 0; i < children; i += 1) {
    const birth = `${year - random.int(0, 17)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    members.push([people.person(random.chance(0.5) ? 'female' : 'male', family, birth, home, false), 'CHILD']);
  }
  if (random.chance(0.1)) members.push([people.person('female', people.familyName(), adultBirth(), people.home(region.postalCode, region.municipality), true), 'FAMILY_MEMBER']);
  for (const [person, role] of members) {
    rows.persons.push(person);
    rows.dossierPersons.push({ dossierId, personId: person.id, role });
  }

  if (status === 'REFERRED') return;
  const assessor = random.chance(0.7) ? org(OrganisationType.SAFE_HOME) : org(OrganisationType.POLICE);
  const assessments = track === 3 ? 2 : 1;
  let previous: Level | null = null;
  for (let i = 0; i < assessments; i += 1) {
    const assessedOn = addDays(referralDate, 7 + i * random.int(30, 90));
    const instrument = instrumentFor(assessedOn);
    const answers = Object.fromEntries(
      instrument.items.map((item) => [item.code, random.chance(item.redFlag ? 0.08 : item.kind === 'PROTECTIVE' ? 0.4 : 0.35)]),
    );
    const computed = scoreAssessment(instrument, answers).computedLevel;
    const raise = random.chance(0.1) && computed !== 'HIGH' ? riskLevels[riskLevels.indexOf(computed) + 1] : null;
    const scored = scoreAssessment(instrument, answers, raise);
    rows.assessments.push({
      id: random.uuid(), dossierId, personId: victim.id, instrumentVersionId: instrument.id, answers: JSON.stringify(answers),
      score: scored.score, computedLevel: scored.computedLevel, judgementLevel: raise, level: scored.level,
      redFlagged: scored.redFlagged, escalation: escalationOf(previous, scored.level), assessorOrganisationId: assessor, assessedOn,
    });
    previous = scored.level;
  }

  if (status === 'INTAKE') return;
  const decidedOn = addDays(referralDate, random.int(10, 30));
  const rationale = track === 3 ? `Structurally unsafe family; risk ${previous}; intensive case management.` : track === 2 ? 'Family out of balance; case support.' : 'Peer group across the threshold.';
  const weighing = weighed({ ...dossier, id: dossierId }, { track, rationale, caseManager: caseManager!, decidedOn });
  Object.assign(dossier, weighing.changes);
  rows.weighings.push(weighing.weighing);
  if (status === 'CLOSED') Object.assign(dossier, closed(dossier, { outcome: random.weighted(outcomes), closedOn: endsOn }));
  if (track === 0) return;
  const partners = [org(OrganisationType.CAW), org(OrganisationType.CGG), org(OrganisationType.OPGROEIEN), org(OrganisationType.JUSTICE_HOUSE)];
  const actions = [
    { owner: org(OrganisationType.CAW), description: 'Safety plan with the victim' },
    { owner: track === 3 ? org(OrganisationType.POLICE) : random.pick(partners), description: track === 3 ? 'Follow up the restraining order' : 'Support the parents' },
  ];
  for (const action of actions) {
    const id = random.uuid();
    const dueOn = addDays(decidedOn, random.int(30, 120));
    const done = status === 'CLOSED' || (dueOn < spec.today && random.chance(0.8));
    rows.actionPlanItems.push({ id, dossierId, description: action.description, ownerOrganisationId: action.owner, dueOn, status: done ? 'DONE' : 'OPEN' });
    if (done) rows.executionNotes.push({ id: random.uuid(), dossierId, actionPlanItemId: id, organisationId: action.owner, note: 'Action carried out as agreed.', recordedOn: dueOn });
  }
  if (track !== 3) return;
  const consultationId = random.uuid();
  const heldOn = addDays(decidedOn, random.int(7, 21));
  const personsInformed = random.chance(0.9);
  rows.caseConsultations.push({
    id: consultationId, dossierId, status: 'HELD', plannedOn: heldOn, heldOn, personsInformed, personsConsented: personsInformed,
    notInformedReason: personsInformed ? null : 'Informing the alleged perpetrator would endanger the victim.',
    decisions: 'Shared risk picture; action plan agreed; next consultation in six weeks.',
  });
  const participants = new Set([org(OrganisationType.SAFE_HOME), org(OrganisationType.POLICE), random.pick(partners), random.pick(partners)]);
  for (const organisation of participants) rows.caseConsultationParticipants.push({ caseConsultationId: consultationId, organisationId: organisation });
  rows.infoSharingItems.push({
    id: random.uuid(), dossierId, organisationId: org(OrganisationType.POLICE), category: 'JUDICIAL', legalBasis: 'sw-458ter',
    content: 'Earlier police interventions at the family home (synthetic).', sharedOn: heldOn,
  });
}
