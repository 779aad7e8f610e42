import fc from 'fast-check';
import { Knex } from 'knex';
import { legalBases, OrganisationType } from '../../policy';
import { instrumentFor } from '../../seed/instruments';
import { addDays } from '../../seed/random';
import { organisationId, regions, seededOrganisationTypes } from '../../seed/regions';
import { insertCaseFiles } from '../../subgraphs/dossiers/repository';
import { insertPersons } from '../../subgraphs/persons/repository';
import { insertRisk } from '../../subgraphs/risk/repository';
import { scoreAssessment } from '../../subgraphs/risk/scoring';
import { syntheticIdentity } from './synthetic-people';

/**
 * Generates the case data of a world — dossiers of every status and track in a few regions,
 * persons with several roles in several dossiers across regions, consultations held and planned
 * with withdrawals, shared items of every category, action plans, risk assessments, anonymous
 * consults — over the seed's reference data (Safe Homes, organisations, instrument versions).
 * fast-check draws a small spec; the rows are built from it, so a failing world shrinks.
 */

const statuses = ['REFERRED', 'INTAKE', 'ACTIVE', 'CLOSED'] as const;
const personRoles = ['VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER', 'OTHER'] as const;
const shareableCategories = ['CASE_NARRATIVE', 'RISK', 'PLAN', 'HEALTH', 'JUDICIAL'] as const;
const sources = ['POLICE', 'PROSECUTION', 'JUSTICE_HOUSE', 'CAW', 'CGG', 'OCMW', 'OPGROEIEN', 'VK', 'SELF'] as const;
const outcomes = ['SAFETY_RESTORED', 'HANDED_OVER_TO_REGULAR_CARE', 'FAMILY_WITHDREW', 'NOT_ACCEPTED', 'OTHER'] as const;
const topics = ['PARTNER_VIOLENCE', 'CHILD_WITNESSING_VIOLENCE', 'STALKING', 'RISK_SIGNALS', 'OTHER'] as const;
/** Every region's organisations, by type in a fixed order (the spec picks them by index). */
const organisationTypes = seededOrganisationTypes;

const personSpec = fc.record({
  female: fc.boolean(),
  bornDaysAfter1960: fc.integer({ min: 0, max: 60 * 365 }),
  phone: fc.boolean(),
  email: fc.boolean(),
  address: fc.constantFrom('none', 'partial', 'full'),
  addressProtected: fc.boolean(),
  nationalNumber: fc.boolean(),
});

const dossierSpec = fc.record({
  region: fc.nat(),
  status: fc.constantFrom(...statuses),
  weighedBeforeClosure: fc.boolean(),
  track: fc.constantFrom(0, 2, 3),
  referralDaysAfter2023: fc.integer({ min: 0, max: 1250 }),
  source: fc.constantFrom(...sources),
  version: fc.integer({ min: 1, max: 4 }),
  members: fc.array(fc.record({ person: fc.nat(), role: fc.constantFrom(...personRoles) }), { minLength: 2, maxLength: 5 }),
  laterReferral: fc.option(fc.record({ afterDays: fc.integer({ min: 1, max: 400 }), repeatWithinYear: fc.boolean() })),
  consultations: fc.array(
    fc.record({ held: fc.boolean(), participants: fc.nat(511), left: fc.nat(511), invited: fc.nat(511), informed: fc.boolean(), afterDays: fc.integer({ min: 0, max: 200 }) }),
    { maxLength: 2 },
  ),
  infoItems: fc.array(fc.record({ category: fc.constantFrom(...shareableCategories), organisation: fc.nat(), legalBasis: fc.nat() }), { maxLength: 3 }),
  actions: fc.array(
    fc.record({ owner: fc.nat(), dueDaysFromToday: fc.integer({ min: -300, max: 200 }), status: fc.constantFrom('OPEN', 'OPEN', 'DONE', 'CANCELLED'), note: fc.boolean() }),
    { maxLength: 3 },
  ),
  assessments: fc.array(
    fc.record({ member: fc.nat(), afterDays: fc.integer({ min: 0, max: 400 }), answers: fc.nat(2047), raise: fc.boolean(), assessor: fc.nat(), escalation: fc.boolean() }),
    { maxLength: 3 },
  ),
});

export const worldSpecArbitrary = fc.record({
  regions: fc.shuffledSubarray(regions.map((region) => region.id), { minLength: 2, maxLength: 3 }),
  persons: fc.array(personSpec, { minLength: 3, maxLength: 8 }),
  dossiers: fc.array(dossierSpec, { minLength: 4, maxLength: 9 }),
  anonymousConsults: fc.array(fc.record({ region: fc.nat(), daysAfter2023: fc.integer({ min: 0, max: 1300 }), asker: fc.constantFrom(...organisationTypes), topic: fc.constantFrom(...topics) }), { maxLength: 4 }),
});

export type WorldSpec = typeof worldSpecArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The rows of a generated world, by the repository insert function that writes them. */
export interface WorldRows {
  caseFiles: Record<string, Record<string, unknown>[]>;
  persons: { persons: Record<string, unknown>[]; dossierPersons: Record<string, unknown>[] };
  risk: { assessments: Record<string, unknown>[] };
}

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length];
const minDate = (a: string, b: string) => (a < b ? a : b);
const bits = (mask: number, count: number) => Array.from({ length: count }, (_, i) => (mask >> i) & 1).map(Boolean);

/** Readable, distinct ids per kind of record (all valid UUIDs). */
function idMaker() {
  const counters = new Map<string, number>();
  return (kind: 'dossier' | 'person' | 'referral' | 'item' | 'consultation' | 'action' | 'note' | 'assessment' | 'consult') => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    const prefix = { dossier: 'd0551e00', person: 'fe450000', referral: 'ef000000', item: '1f000000', consultation: 'c0000000', action: 'ac000000', note: '40000000', assessment: 'a5000000', consult: 'ac0c0000' }[kind];
    return `${prefix}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
}

export function buildWorld(spec: WorldSpec, today: string): WorldRows {
  const id = idMaker();
  const rows = {
    dossiers: [] as Record<string, unknown>[], situationDescriptions: [] as Record<string, unknown>[], weighings: [] as Record<string, unknown>[],
    referrals: [] as Record<string, unknown>[], infoSharingItems: [] as Record<string, unknown>[], caseConsultations: [] as Record<string, unknown>[],
    caseConsultationParticipants: [] as Record<string, unknown>[], caseConsultationInvitations: [] as Record<string, unknown>[],
    actionPlanItems: [] as Record<string, unknown>[], executionNotes: [] as Record<string, unknown>[], anonymousConsults: [] as Record<string, unknown>[],
  };
  const persons = spec.persons.map((person, index) => ({ id: id('person'), ...syntheticIdentity(index, person, today) }));
  const dossierPersons: Record<string, unknown>[] = [];
  const assessments: Record<string, unknown>[] = [];
  const numbers = new Map<string, number>();

  for (const dossier of spec.dossiers) {
    const region = regions.find((r) => r.id === pick(spec.regions, dossier.region))!;
    const org = (index: number) => organisationId(region.id, pick(organisationTypes, index));
    const dossierId = id('dossier');
    const number = (numbers.get(region.id) ?? 0) + 1;
    numbers.set(region.id, number);
    const referralDate = addDays('2023-01-01', dossier.referralDaysAfter2023);
    const weighed = dossier.status === 'ACTIVE' || (dossier.status === 'CLOSED' && dossier.weighedBeforeClosure);
    const closedOn = dossier.status === 'CLOSED' ? minDate(addDays(referralDate, 60 + (dossier.referralDaysAfter2023 % 300)), today) : null;
    const referredBy = dossier.source === 'SELF' ? null : organisationId(region.id, dossier.source as OrganisationType);
    rows.dossiers.push({
      id: dossierId, code: `${region.codePrefix}${String(number).padStart(4, '0')}`, safeHomeId: region.id, track: weighed ? dossier.track : null, status: dossier.status,
      referralSource: dossier.source, referredByOrganisationId: referredBy, referralDate, caseManager: dossier.status === 'REFERRED' ? null : `Eva (${region.codePrefix})`,
      closedOn, outcome: closedOn ? pick(outcomes, dossier.version) : null, version: dossier.version,
    });
    rows.situationDescriptions.push({ dossierId, summary: `Situation of family ${number} as described at referral (synthetic).`, violenceForms: 'physical, psychological', recordedOn: referralDate });
    rows.referrals.push({ id: id('referral'), dossierId, referredOn: referralDate, incidentOn: referralDate, source: dossier.source, referredByOrganisationId: referredBy, summary: 'First referral (synthetic).', repeatWithinYear: false });
    if (dossier.laterReferral) {
      const referredOn = minDate(addDays(referralDate, dossier.laterReferral.afterDays), today);
      rows.referrals.push({ id: id('referral'), dossierId, referredOn, incidentOn: null, source: 'POLICE', referredByOrganisationId: organisationId(region.id, OrganisationType.POLICE), summary: 'A later referral (synthetic).', repeatWithinYear: dossier.laterReferral.repeatWithinYear });
    }
    if (weighed) rows.weighings.push({ dossierId, decidedOn: referralDate, track: dossier.track, rationale: `Weighed onto track ${dossier.track} (synthetic).` });

    const members = [...new Map(dossier.members.map((member) => [pick(persons, member.person).id, member.role])).entries()];
    for (const [personId, role] of members) dossierPersons.push({ dossierId, personId, role });

    for (const consultation of dossier.consultations) {
      const consultationId = id('consultation');
      const on = minDate(addDays(referralDate, consultation.afterDays), today);
      rows.caseConsultations.push(
        consultation.held
          ? { id: consultationId, dossierId, status: 'HELD', plannedOn: on, heldOn: on, personsInformed: consultation.informed, personsConsented: consultation.informed, notInformedReason: consultation.informed ? null : 'Informing would endanger the victim (synthetic).', decisions: 'Decisions of the consultation (synthetic).', version: 1 }
          : { id: consultationId, dossierId, status: 'PLANNED', plannedOn: on, heldOn: null, personsInformed: null, decisions: null, version: 1 },
      );
      const invited = organisationTypes.filter((_, i) => bits(consultation.invited, organisationTypes.length)[i]).map((type) => organisationId(region.id, type));
      rows.caseConsultationInvitations.push(...invited.map((organisationId) => ({ caseConsultationId: consultationId, organisationId })));
      if (!consultation.held) continue;
      const taking = bits(consultation.participants, organisationTypes.length);
      const leaving = bits(consultation.left, organisationTypes.length);
      organisationTypes.forEach((type, i) => {
        if (taking[i] || type === OrganisationType.SAFE_HOME) {
          rows.caseConsultationParticipants.push({ caseConsultationId: consultationId, organisationId: organisationId(region.id, type), leftOn: leaving[i] && type !== OrganisationType.SAFE_HOME ? today : null });
        }
      });
    }
    for (const item of dossier.infoItems) {
      rows.infoSharingItems.push({
        id: id('item'), dossierId, organisationId: org(item.organisation), category: item.category, legalBasis: pick(legalBases, item.legalBasis).id,
        content: `${item.category} information shared in ${region.codePrefix}${number} (synthetic).`, sharedOn: referralDate,
      });
    }
    for (const action of dossier.actions) {
      const actionId = id('action');
      const owner = org(action.owner);
      rows.actionPlanItems.push({ id: actionId, dossierId, description: `Action owned by ${owner} (synthetic).`, ownerOrganisationId: owner, dueOn: addDays(today, action.dueDaysFromToday), status: action.status, version: 1 });
      if (action.note) rows.executionNotes.push({ id: id('note'), dossierId, actionPlanItemId: actionId, organisationId: owner, note: 'Progress on the action (synthetic).', recordedOn: minDate(referralDate, today) });
    }
    for (const assessment of dossier.assessments) {
      const [personId] = pick(members, assessment.member);
      const assessedOn = minDate(addDays(referralDate, assessment.afterDays), today);
      const instrument = instrumentFor(assessedOn);
      const answers = Object.fromEntries(instrument.items.map((item, i) => [item.code, bits(assessment.answers, instrument.items.length)[i]]));
      const computed = scoreAssessment(instrument, answers).computedLevel;
      const judgementLevel = assessment.raise && computed !== 'HIGH' ? 'HIGH' : null;
      const scored = scoreAssessment(instrument, answers, judgementLevel);
      assessments.push({
        id: id('assessment'), dossierId, personId, instrumentVersionId: instrument.id, answers: JSON.stringify(answers), score: scored.score,
        computedLevel: scored.computedLevel, judgementLevel, judgementRationale: judgementLevel ? 'Professional judgement raises the level (synthetic).' : null,
        level: scored.level, redFlagged: scored.redFlagged, escalation: assessment.escalation ? 'HIGHER_LEVEL_THAN_PREVIOUS' : null,
        assessorOrganisationId: org(assessment.assessor), assessedOn,
      });
    }
  }
  for (const consult of spec.anonymousConsults) {
    rows.anonymousConsults.push({ id: id('consult'), safeHomeId: pick(spec.regions, consult.region), consultedOn: minDate(addDays('2023-01-01', consult.daysAfter2023), today), askerOrganisationType: consult.asker, topic: consult.topic });
  }
  return { caseFiles: rows, persons: { persons, dossierPersons }, risk: { assessments } };
}

/** Writes a world's case data through the subgraphs' own insert functions, in one transaction. */
export async function insertWorld(db: Knex, world: WorldRows): Promise<void> {
  await db.transaction(async (trx) => {
    await insertCaseFiles(trx, world.caseFiles);
    await insertPersons(trx, world.persons);
    await insertRisk(trx, world.risk);
  });
}

/** Removes every row of case data (mutations included), leaving the reference data: the world can be written again. */
export async function clearWorld(db: Knex): Promise<void> {
  await db.transaction(async (trx) => {
    await trx('risk.assessments').delete();
    await trx('persons.persons').delete();
    await trx('dossiers.dossiers').delete();
    await trx('dossiers.anonymous_consults').delete();
  });
}

/** A few words on a world, for a failure message. */
export function describeWorld(world: WorldRows): string {
  const dossiers = world.caseFiles.dossiers.map((d) => `${d.code} ${d.status}${d.track === null ? '' : ` track ${d.track}`}`);
  return `${dossiers.length} dossiers (${dossiers.join(', ')}), ${world.persons.persons.length} persons in ${world.persons.dossierPersons.length} roles, ${world.risk.assessments.length} assessments`;
}
