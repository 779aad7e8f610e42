import { OrganisationType } from '../policy';
import { scoreAssessment } from '../subgraphs/risk/scoring';
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

const org = (type: OrganisationType) => organisationId('limburg', type);
const home = { street: 'Synthetische straat 17', postalCode: '3500', municipality: 'Hasselt' };
const shelter = { street: 'Beschermd adres 1', postalCode: '3600', municipality: 'Genk' };

function assessment(id: string, instrumentIndex: 0 | 1, answers: Record<string, boolean>, assessedOn: string, assessor: string) {
  const instrument = instrumentVersions[instrumentIndex];
  const scored = scoreAssessment(instrument, answers);
  return {
    id, dossierId: LIMB6024.id, personId: LIMB6024.victimId, instrumentVersionId: instrument.id, answers: JSON.stringify(answers),
    score: scored.score, computedLevel: scored.computedLevel, judgementLevel: null, level: scored.level,
    redFlagged: scored.redFlagged, assessorOrganisationId: assessor, assessedOn,
  };
}

export function fixtureRows(): FamilyRows {
  const { id: dossierId } = LIMB6024;
  const consultationId = '6024d055-1e00-4000-8000-0000000000e1';
  const actionIds = ['6024d055-1e00-4000-8000-0000000000f1', '6024d055-1e00-4000-8000-0000000000f2'];
  return {
    dossiers: [{
      id: dossierId, code: LIMB6024.code, safeHomeId: LIMB6024.region, track: 3, status: 'ACTIVE', referralSource: 'POLICE',
      referredByOrganisationId: org(OrganisationType.POLICE), referralDate: LIMB6024.referralDate, caseManager: 'Eva (LIMB)', closedOn: null,
    }],
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
    assessments: [
      assessment('6024d055-1e00-4000-8000-0000000000b1', 1, { R1: true, R5: true, R7: true, P1: false }, '2024-09-16', org(OrganisationType.POLICE)),
      assessment('6024d055-1e00-4000-8000-0000000000b2', 1, { R1: true, R3: true, R5: true, R7: true, R9: true }, '2024-10-28', org(OrganisationType.SAFE_HOME)),
    ],
    caseConsultations: [{ id: consultationId, dossierId, heldOn: '2024-10-15', personsInformed: true, decisions: 'Victim and children stay at the protected address; police follows the restraining order; CAW draws up a safety plan.' }],
    caseConsultationParticipants: LIMB6024.consultationParticipants.map((organisationId) => ({ caseConsultationId: consultationId, organisationId })),
    actionPlanItems: [
      { id: actionIds[0], dossierId, description: 'Safety plan with the victim', ownerOrganisationId: org(OrganisationType.CAW), dueOn: '2024-11-15', status: 'DONE' },
      { id: actionIds[1], dossierId, description: 'Follow up the restraining order', ownerOrganisationId: org(OrganisationType.POLICE), dueOn: '2025-01-31', status: 'OPEN' },
    ],
    executionNotes: [{ id: '6024d055-1e00-4000-8000-0000000000d1', dossierId, actionPlanItemId: actionIds[0], organisationId: org(OrganisationType.CAW), note: 'Safety plan drawn up with the victim.', recordedOn: '2024-11-12' }],
    infoSharingItems: [{ id: '6024d055-1e00-4000-8000-0000000000e2', dossierId, organisationId: org(OrganisationType.POLICE), category: 'JUDICIAL', legalBasis: 'art-458ter-sw', content: 'Three police interventions at the family home in 2024 (synthetic).', sharedOn: '2024-10-15' }],
  };
}
