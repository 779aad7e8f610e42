import { OrganisationType } from '../policy';
import { referralRow } from '../subgraphs/dossiers/case-file';
import { escalationOf, scoreAssessment } from '../subgraphs/risk/scoring';
import { FamilyRows } from './families';
import { instrumentVersions } from './instruments';
import { organisationId } from './regions';

/**
 * Stable fixtures for tests and demos: dossier LIMB6024 of Safe Home Limburg (track 3, active),
 * a victim at a protected address, an alleged perpetrator, two children, two risk assessments, and
 * a case consultation in which limburg-safe-home, limburg-police and limburg-caw take part and
 * limburg-justice-house does not. It is one of Limburg's referred families of 2024.
 */
export const LIMB6024 = {
  id: '6024d055-1e00-4000-8000-000000006024',
  code: 'LIMB6024',
  region: 'limburg',
  referralDate: '2024-09-12',
  victimId: '6024d055-1e00-4000-8000-0000000000a1',
  perpetratorId: '6024d055-1e00-4000-8000-0000000000a2',
  childIds: ['6024d055-1e00-4000-8000-0000000000c1', '6024d055-1e00-4000-8000-0000000000c2'],
  consultationParticipants: ['limburg-safe-home', 'limburg-police', 'limburg-caw'],
};

/**
 * A second family of the same alleged perpetrator, in Antwerp (track 2, active, no case
 * consultation yet), with a new partner and an assessment of him there: a person in two dossiers
 * of two regions, for the policy tests (what one region may see of him must not leak the other).
 */
export const ANTW6024 = {
  id: '6024d055-1e00-4000-8000-00000000a024',
  code: 'ANTW6024',
  region: 'antwerpen',
  referralDate: '2024-11-20',
  victimId: '6024d055-1e00-4000-8000-0000000000a3',
  perpetratorAssessmentId: '6024d055-1e00-4000-8000-0000000000b3',
};

/** The fixture dossiers: each is one of its region's referred families of its year. */
export const fixtureDossiers = [LIMB6024, ANTW6024];

const org = (type: OrganisationType) => organisationId('limburg', type);
const home = { street: 'Synthetische straat 17', postalCode: '3500', municipality: 'Hasselt' };
const shelter = { street: 'Beschermd adres 1', postalCode: '3600', municipality: 'Genk' };

/** Every item of the instrument version answered: those named present, the others absent. */
function answered(instrumentIndex: 0 | 1, present: string[]): Record<string, boolean> {
  return Object.fromEntries(instrumentVersions[instrumentIndex].items.map((item) => [item.code, present.includes(item.code)]));
}

function assessment(id: string, instrumentIndex: 0 | 1, present: string[], assessedOn: string, assessor: string, previous: 'LOW' | 'MEDIUM' | 'HIGH' | null) {
  const instrument = instrumentVersions[instrumentIndex];
  const answers = answered(instrumentIndex, present);
  const scored = scoreAssessment(instrument, answers);
  return {
    id, dossierId: LIMB6024.id, personId: LIMB6024.victimId, instrumentVersionId: instrument.id, answers: JSON.stringify(answers),
    score: scored.score, computedLevel: scored.computedLevel, judgementLevel: null, level: scored.level,
    redFlagged: scored.redFlagged, escalation: escalationOf(previous, scored.level), assessorOrganisationId: assessor, assessedOn,
  };
}

function victimAssessments() {
  const first = assessment('6024d055-1e00-4000-8000-0000000000b1', 1, ['R1', 'R5', 'R7'], '2024-09-16', org(OrganisationType.POLICE), null);
  return [first, assessment('6024d055-1e00-4000-8000-0000000000b2', 1, ['R1', 'R3', 'R5', 'R7', 'R9'], '2024-10-28', org(OrganisationType.SAFE_HOME), first.level)];
}

const fixtureReferral = (dossierId: string, referralId: string, referredOn: string, source: string, referredByOrganisationId: string, summary: string) =>
  referralRow(dossierId, { referralId, source, referredByOrganisationId, referredOn, incidentOn: referredOn, summary, repeatWithinYear: false });

export function fixtureRows(): FamilyRows {
  const { id: dossierId } = LIMB6024;
  const consultationId = '6024d055-1e00-4000-8000-0000000000e1';
  const actionIds = ['6024d055-1e00-4000-8000-0000000000f1', '6024d055-1e00-4000-8000-0000000000f2'];
  return {
    dossiers: [{
      id: dossierId, code: LIMB6024.code, safeHomeId: LIMB6024.region, track: 3, status: 'ACTIVE', referralSource: 'POLICE',
      referredByOrganisationId: org(OrganisationType.POLICE), referralDate: LIMB6024.referralDate, caseManager: 'Eva (LIMB)', closedOn: null,
    }],
    referrals: [fixtureReferral(dossierId, '6024d055-1e00-4000-8000-0000000000ff', LIMB6024.referralDate, 'POLICE', org(OrganisationType.POLICE), 'Third police intervention at the family home this year.')],
    situationDescriptions: [{
      dossierId, summary: 'Repeated police interventions at the family home; the victim has moved to a protected address with the children.',
      violenceForms: 'physical, coercive control, stalking after separation', recordedOn: LIMB6024.referralDate,
    }],
    weighings: [{ dossierId, decidedOn: '2024-09-25', track: 3, rationale: 'Structurally unsafe family; high risk; intensive case management.' }],
    persons: [
      { id: LIMB6024.victimId, givenName: 'Noor', familyName: 'Vande Molkaert', birthDate: '1991-04-17', nationalNumber: '91.04.17-992.50', phone: '+32 000 12 34 56', email: 'noor.vandemolkaert@example.org', ...shelter, addressProtected: true },
      { id: LIMB6024.perpetratorId, givenName: 'Kobe', familyName: 'Vande Molkaert', birthDate: '1988-11-02', nationalNumber: '88.11.02-991.02', phone: '+32 000 65 43 21', email: 'kobe.vandemolkaert@example.org', ...home, addressProtected: false },
      { id: LIMB6024.childIds[0], givenName: 'Lina', familyName: 'Vande Molkaert', birthDate: '2016-06-09', nationalNumber: '16.06.09-994.17', phone: null, email: null, ...shelter, addressProtected: true },
      { id: LIMB6024.childIds[1], givenName: 'Mats', familyName: 'Vande Molkaert', birthDate: '2019-02-21', nationalNumber: '19.02.21-993.81', phone: null, email: null, ...shelter, addressProtected: true },
    ],
    dossierPersons: [
      { dossierId, personId: LIMB6024.victimId, role: 'VICTIM' },
      { dossierId, personId: LIMB6024.perpetratorId, role: 'ALLEGED_PERPETRATOR' },
      { dossierId, personId: LIMB6024.childIds[0], role: 'CHILD' },
      { dossierId, personId: LIMB6024.childIds[1], role: 'CHILD' },
    ],
    assessments: victimAssessments(),
    caseConsultations: [{
      id: consultationId, dossierId, status: 'HELD', plannedOn: '2024-10-15', heldOn: '2024-10-15', personsInformed: true, personsConsented: true,
      decisions: 'Victim and children stay at the protected address; police follows the restraining order; CAW draws up a safety plan.',
    }],
    caseConsultationParticipants: LIMB6024.consultationParticipants.map((organisationId) => ({ caseConsultationId: consultationId, organisationId })),
    actionPlanItems: [
      { id: actionIds[0], dossierId, description: 'Safety plan with the victim', ownerOrganisationId: org(OrganisationType.CAW), dueOn: '2024-11-15', status: 'DONE' },
      { id: actionIds[1], dossierId, description: 'Follow up the restraining order', ownerOrganisationId: org(OrganisationType.POLICE), dueOn: '2025-01-31', status: 'OPEN' },
    ],
    executionNotes: [{ id: '6024d055-1e00-4000-8000-0000000000d1', dossierId, actionPlanItemId: actionIds[0], organisationId: org(OrganisationType.CAW), note: 'Safety plan drawn up with the victim.', recordedOn: '2024-11-12' }],
    infoSharingItems: [
      { id: '6024d055-1e00-4000-8000-0000000000e2', dossierId, organisationId: org(OrganisationType.POLICE), category: 'JUDICIAL', legalBasis: 'sw-458ter', content: 'Three police interventions at the family home in 2024 (synthetic).', sharedOn: '2024-10-15' },
      { id: '6024d055-1e00-4000-8000-0000000000e3', dossierId, organisationId: org(OrganisationType.CGG), category: 'HEALTH', legalBasis: 'gdpr-9-2-g', content: 'The victim follows trauma therapy (synthetic).', sharedOn: '2024-10-20' },
    ],
  };
}

const antwerp = (type: OrganisationType) => organisationId('antwerpen', type);

export function secondFamilyRows(): Partial<FamilyRows> {
  const { id: dossierId } = ANTW6024;
  const instrument = instrumentVersions[1];
  const answers = answered(1, ['R1', 'R8', 'R6']);
  const scored = scoreAssessment(instrument, answers);
  return {
    dossiers: [{
      id: dossierId, code: ANTW6024.code, safeHomeId: ANTW6024.region, track: 2, status: 'ACTIVE', referralSource: 'POLICE',
      referredByOrganisationId: antwerp(OrganisationType.POLICE), referralDate: ANTW6024.referralDate, caseManager: 'Filip (ANTW)', closedOn: null,
    }],
    referrals: [fixtureReferral(dossierId, '6024d055-1e00-4000-8000-00000000a0ff', ANTW6024.referralDate, 'POLICE', antwerp(OrganisationType.POLICE), 'Threats after an argument.')],
    weighings: [{ dossierId, decidedOn: '2024-12-02', track: 2, rationale: 'Family out of balance; case support.' }],
    situationDescriptions: [{ dossierId, summary: 'New relationship of an alleged perpetrator known elsewhere; threats after an argument.', violenceForms: 'psychological, stalking', recordedOn: ANTW6024.referralDate }],
    persons: [
      { id: ANTW6024.victimId, givenName: 'Yara', familyName: 'Ter Boxtens', birthDate: '1993-07-05', nationalNumber: '93.07.05-996.40', phone: '+32 000 22 33 44', email: 'yara.terboxtens@example.org', street: 'Synthetische straat 99', postalCode: '2000', municipality: 'Antwerpen', addressProtected: false },
    ],
    dossierPersons: [
      { dossierId, personId: ANTW6024.victimId, role: 'VICTIM' },
      { dossierId, personId: LIMB6024.perpetratorId, role: 'ALLEGED_PERPETRATOR' },
    ],
    assessments: [{
      id: ANTW6024.perpetratorAssessmentId, dossierId, personId: LIMB6024.perpetratorId, instrumentVersionId: instrument.id, answers: JSON.stringify(answers),
      score: scored.score, computedLevel: scored.computedLevel, judgementLevel: null, level: scored.level, redFlagged: scored.redFlagged, escalation: null,
      assessorOrganisationId: antwerp(OrganisationType.SAFE_HOME), assessedOn: '2024-11-27',
    }],
  };
}
