import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { Actor } from '../../policy/actor';
import { legalBases } from '../../policy/legal-bases';
import { OrganisationType } from '../../policy/organisation-types';
import { describeActor } from './actors';
import { invalidNationalNumber } from './synthetic-people';
import { World } from './world';

/**
 * Random writes by random actors, drawn as specs (what to do, by whom, on which record, with which
 * choices) and made concrete against the world as it is when they run: a sequence stays
 * meaningful while earlier writes change the world, and shrinks.
 */

export const mutationKinds = [
  'referFamily', 'linkReferral', 'startIntake', 'weighDossier', 'closeDossier', 'scheduleCaseConsultation', 'recordCaseConsultation',
  'withdrawFromCaseConsultation', 'planAction', 'reportActionProgress', 'shareInformation', 'assessRisk', 'recordAnonymousConsult',
] as const;
export type MutationKind = (typeof mutationKinds)[number];

const referredPerson = fc.record({
  /** new: someone the hub does not know; copy: a person of the world (name and birth date, with or without the number); number: only their national number, under another name. */
  identity: fc.constantFrom('new', 'copy', 'copy-with-number', 'number'),
  person: fc.nat(),
  role: fc.constantFrom('VICTIM', 'ALLEGED_PERPETRATOR', 'CHILD', 'FAMILY_MEMBER', 'OTHER'),
  protectedAddress: fc.boolean(),
});

/** Referrals and assessments derive the most (matches, links, escalations): they come up more often. */
const kindArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<MutationKind>('referFamily', 'assessRisk') },
  { weight: 4, arbitrary: fc.constantFrom(...mutationKinds) },
);

export const mutationSpecArbitrary = fc.record({
  kind: kindArbitrary,
  /** By an actor who would do this to that record (the region's case manager, a participant, the owner), or by anyone. */
  plausibleActor: fc.nat(3).map((n) => n > 0),
  actor: fc.nat(),
  /** On a record of the world, or now and then on an id that does not exist. */
  missingTarget: fc.nat(5).map((n) => n === 0),
  target: fc.nat(),
  choices: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
  persons: fc.array(referredPerson, { minLength: 1, maxLength: 3 }),
});
export type MutationSpec = typeof mutationSpecArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** A mutation made concrete: who, the input, and the record it is aimed at (for the twin on a missing one). */
export interface ConcreteMutation {
  kind: MutationKind;
  actor: Actor;
  input: Record<string, unknown>;
  /** The input field naming the record written to, its value, and the dossier it belongs to. */
  target?: { field: string; id: string; dossierId: string | null; typeName: 'Dossier' | 'CaseConsultation' | 'ActionPlanItem' };
}

const pick = <T>(items: readonly T[], index: number): T | undefined => (items.length ? items[index % items.length] : undefined);
const casePurposes = ['CASE_MANAGEMENT', 'CASE_CONSULTATION', 'RISK_ASSESSMENT', 'REFERRAL'];

/** Who would plausibly make this write on a dossier of this region. */
function plausible(kind: MutationKind, actor: Actor, world: World, dossierId: string | null, ownerId: string | null): boolean {
  const region = dossierId ? world.dossier.get(dossierId)?.safeHomeId : undefined;
  if (region && actor.safeHomeId !== region) return false;
  const team = actor.organisationType === OrganisationType.SAFE_HOME && ['CASE_MANAGER', 'SAFE_HOME_COORDINATOR'].includes(actor.role) && casePurposes.includes(actor.purpose);
  const participant = dossierId !== null && world.currentParticipants(dossierId).includes(actor.organisationId) && actor.purpose === 'CASE_CONSULTATION';
  switch (kind) {
    case 'referFamily': return team || actor.purpose === 'REFERRAL';
    case 'reportActionProgress': return actor.organisationId === ownerId && actor.purpose === 'CASE_CONSULTATION';
    case 'shareInformation': return team || participant;
    case 'assessRisk': return team || participant || (actor.organisationType === OrganisationType.POLICE && actor.purpose !== 'CASE_CONSULTATION');
    case 'recordAnonymousConsult': return team && actor.purpose === 'CASE_MANAGEMENT';
    default: return team;
  }
}

/** The referral's persons: new ones, or copies of the world's persons (which deduplication may match). */
function referredPersons(spec: MutationSpec, world: World) {
  return spec.persons.map((person, index) => {
    const known = pick(world.data.persons, person.person);
    const base = { role: person.role, addressProtected: person.protectedAddress, phone: '+32 000 99 00 00', email: `referred.${index}@example.org` };
    if (!known || person.identity === 'new') {
      const birthDate = `19${70 + ((person.person + index) % 25)}-0${1 + (index % 9)}-1${index % 9}`;
      return { ...base, givenName: 'Referred', familyName: `Nieuwgezin ${person.person % 7}`, birthDate, nationalNumber: invalidNationalNumber(birthDate, 700 + ((person.person * 3 + index) % 90)), address: { street: 'Nieuwe straat 1', postalCode: '3500', municipality: 'Hasselt' } };
    }
    if (person.identity === 'number' && known.nationalNumber) return { ...base, givenName: 'Other', familyName: 'Naam', birthDate: '1980-01-01', nationalNumber: known.nationalNumber };
    return { ...base, givenName: known.givenName, familyName: known.familyName, birthDate: known.birthDate, ...(person.identity === 'copy-with-number' && known.nationalNumber ? { nationalNumber: known.nationalNumber } : {}) };
  });
}

/** Makes a spec concrete against the world as it is now. */
export function concretise(spec: MutationSpec, world: World, actors: Actor[]): ConcreteMutation {
  const { data, today } = world;
  const [c0, c1, c2, c3] = spec.choices;
  const missing = randomUUID();
  const dossier = spec.missingTarget ? undefined : spec.kind === 'linkReferral' ? pick(data.dossiers.filter((d) => d.status === 'REFERRED'), spec.target) ?? pick(data.dossiers, spec.target) : pick(data.dossiers, spec.target);
  const consultation = spec.missingTarget ? undefined : pick(data.consultations.filter((c) => c.status === 'PLANNED'), spec.target) ?? pick(data.consultations, spec.target);
  const action = spec.missingTarget ? undefined : pick(data.actions.filter((a) => a.status === 'OPEN'), spec.target) ?? pick(data.actions, spec.target);
  const targetDossierId = spec.kind === 'recordCaseConsultation' ? consultation?.dossierId ?? null : spec.kind === 'reportActionProgress' ? action?.dossierId ?? null : dossier?.id ?? null;
  const candidates = spec.plausibleActor ? actors.filter((actor) => plausible(spec.kind, actor, world, targetDossierId, action?.ownerOrganisationId ?? null)) : [];
  const actor = pick(candidates, spec.actor) ?? pick(actors, spec.actor)!;
  const region = (targetDossierId ? world.dossier.get(targetDossierId)!.safeHomeId : actor.safeHomeId);
  const regionOrganisations = data.organisations.filter((o) => o.safeHomeId === region);
  const someOf = (mask: number, from: string[]) => from.filter((_, i) => (mask >> i) & 1);
  const safeHomeOrganisation = regionOrganisations.find((o) => o.type === 'SAFE_HOME')!.id;
  const onDossier = (field = 'dossierId') => ({ target: { field, id: dossier?.id ?? missing, dossierId: dossier?.id ?? null, typeName: 'Dossier' as const } });
  const version = dossier?.version ?? 1;
  const make = (input: Record<string, unknown>, extra: Partial<ConcreteMutation> = {}): ConcreteMutation => ({ kind: spec.kind, actor, input, ...extra });

  switch (spec.kind) {
    case 'referFamily': {
      const partner = actor.organisationType !== OrganisationType.SAFE_HOME;
      const sources = ['POLICE', 'PROSECUTION', 'CAW', 'SELF'];
      return make({
        safeHomeId: c0 % 5 === 0 ? pick(data.safeHomes, c1)!.id : actor.safeHomeId,
        ...(partner ? {} : { source: pick(sources, c2) }),
        summary: 'Referred by the property test: violence at home, children present (synthetic).',
        violenceForms: 'physical',
        persons: referredPersons(spec, world),
      });
    }
    case 'linkReferral': {
      const into = pick(data.dossiers.filter((d) => d.id !== dossier?.id && d.safeHomeId === region && d.status !== 'CLOSED'), c0) ?? pick(data.dossiers, c0)!;
      return make({ dossierId: dossier?.id ?? missing, expectedVersion: version, intoDossierId: into.id, intoExpectedVersion: into.version }, onDossier());
    }
    case 'startIntake': return make({ dossierId: dossier?.id ?? missing, expectedVersion: version, caseManager: 'Eva (property test)' }, onDossier());
    case 'weighDossier':
      return make({ dossierId: dossier?.id ?? missing, expectedVersion: version, track: pick([0, 2, 3], c0), rationale: 'Weighed by the property test (synthetic).', caseManager: 'Eva (property test)' }, onDossier());
    case 'closeDossier': return make({ dossierId: dossier?.id ?? missing, expectedVersion: version, outcome: pick(['SAFETY_RESTORED', 'FAMILY_WITHDREW', 'NOT_ACCEPTED'], c0) }, onDossier());
    case 'scheduleCaseConsultation': {
      const invited = someOf(c0, regionOrganisations.map((o) => o.id));
      return make({ dossierId: dossier?.id ?? missing, plannedOn: today, invitedOrganisationIds: invited.length ? invited : [safeHomeOrganisation] }, onDossier());
    }
    case 'recordCaseConsultation': {
      const informed = c1 % 3 !== 0;
      return make(
        {
          consultationId: consultation?.id ?? missing, expectedVersion: consultation?.version ?? 1, heldOn: today,
          participantIds: [...new Set([safeHomeOrganisation, ...someOf(c0, regionOrganisations.map((o) => o.id))])], personsInformed: informed,
          ...(informed ? {} : { notInformedReason: 'Informing the family would endanger the victim (synthetic).' }), decisions: 'Decided in the property test (synthetic).',
        },
        { target: { field: 'consultationId', id: consultation?.id ?? missing, dossierId: consultation?.dossierId ?? null, typeName: 'CaseConsultation' } },
      );
    }
    case 'withdrawFromCaseConsultation': {
      const participants = dossier ? world.currentParticipants(dossier.id) : [];
      return make({ dossierId: dossier?.id ?? missing, organisationId: pick(participants, c0) ?? pick(regionOrganisations, c0)!.id }, onDossier());
    }
    case 'planAction': {
      const owners = [safeHomeOrganisation, ...(dossier ? world.currentParticipants(dossier.id) : [])];
      return make({ dossierId: dossier?.id ?? missing, description: 'An action planned by the property test (synthetic).', ownerOrganisationId: pick(owners, c0), dueOn: today }, onDossier());
    }
    case 'reportActionProgress':
      return make(
        { actionId: action?.id ?? missing, expectedVersion: action?.version ?? 1, note: 'Progress reported by the property test (synthetic).', ...(c0 % 3 ? { status: pick(['DONE', 'CANCELLED'], c1) } : {}) },
        { target: { field: 'actionId', id: action?.id ?? missing, dossierId: action?.dossierId ?? null, typeName: 'ActionPlanItem' } },
      );
    case 'shareInformation':
      return make({ dossierId: dossier?.id ?? missing, category: pick(['CASE_NARRATIVE', 'RISK', 'PLAN', 'HEALTH', 'JUDICIAL'], c0), legalBasis: pick(legalBases, c1)!.id, content: 'Shared by the property test (synthetic).' }, onDossier());
    case 'assessRisk': {
      const instrument = [...data.instrumentVersions].filter((v) => v.publishedOn <= today).sort((a, b) => b.version - a.version)[0];
      const items = data.instrumentItems.filter((item) => item.instrumentVersionId === instrument.id);
      const inDossier = dossier ? world.rolesInDossier(dossier.id).map((role) => role.personId) : [];
      return make(
        {
          dossierId: dossier?.id ?? missing, personId: pick(inDossier, c0) ?? pick(data.persons, c0)?.id ?? missing, instrumentVersionId: instrument.id,
          answers: items.map((item, i) => ({ itemCode: item.code, present: Boolean((c1 >> i) & 1) })),
          ...(c2 % 4 === 0 ? { judgementLevel: 'HIGH', judgementRationale: 'Professional judgement of the property test (synthetic).' } : {}),
        },
        onDossier(),
      );
    }
    case 'recordAnonymousConsult':
      return make({ safeHomeId: actor.safeHomeId, askerOrganisationType: pick(['CAW', 'POLICE', 'CGG'], c0), topic: pick(['PARTNER_VIOLENCE', 'STALKING', 'OTHER'], c3) });
  }
}

export const describeMutation = (mutation: ConcreteMutation) =>
  `${describeActor(mutation.actor)}: ${mutation.kind}${mutation.target ? ` on ${mutation.target.typeName} ${mutation.target.id}` : ''}`;
