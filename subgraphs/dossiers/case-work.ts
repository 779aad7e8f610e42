import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { OrganisationType, RecordAttributes } from '../../policy';
import { withAccess } from '../common/access';
import { dossierFactsByIds } from '../common/access-facts';
import { SubgraphContext } from '../common/context';
import { badUserInput } from '../common/errors';
import { today } from '../common/validation';
import { NamedRecord, requireReadable, requireVersion, write, WriteScope } from '../common/write';
import {
  identitiesInDossier, insertPersons, matchPersons, NUMBER_OF_ANOTHER, personIdsInDossier, PersonMatch, personsOfDossier, personsOfOpenDossiers,
} from '../persons/exports';
import { closed, intakeStarted, linkedInto, openedByReferral, referralRow, weighed } from './case-file';
import {
  ActionProgressInput, AnonymousConsultInput, ClosureInput, InformationInput, LinkReferralInput, PlanActionInput, RecordConsultationInput, ReferralInput,
  ScheduleConsultationInput, StartIntakeInput, WeighingInput, WithdrawalInput,
} from './inputs';
import * as repository from './repository';
import { ActionPlanItemRow, AnonymousConsultRow, CaseConsultationRow, DossierRow, InfoSharingItemRow, OrganisationRow } from './rows';
import { illegal, requireActivity } from './state-machine';
import { ActionStatus, DossierStatus, ReferralOutcome } from './types';
import { ConsultationStatus } from './vocabulary';

/**
 * Case work: each function is one mutation, one transaction (common/write.ts): it reads and locks
 * what it changes, lets the policy check that record, applies the state machine and the domain
 * rules, writes through the repository, and names what it wrote for the log. Every mutation locks
 * the dossier first and only then a record of it (a consultation, an action), and two dossiers in
 * id order, so two mutations never wait on each other in opposite orders. A record the actor may
 * not read is, to a write too, one that does not exist.
 */

const namedDossier = (id: string, field = 'input.dossierId'): NamedRecord => ({ typeName: 'Dossier', what: 'dossier', id, field });

/**
 * The dossier a mutation writes to, locked; refused as missing unless the actor may read it; the
 * write checked by the policy against it (and what the write adds, e.g. the shared category).
 */
async function dossierToWrite(context: SubgraphContext, { trx, authorize }: WriteScope, named: NamedRecord, target: RecordAttributes = {}): Promise<repository.LockedDossier> {
  const dossier = requireReadable(context, named, await repository.lockDossier(trx, named.id), repository.attributesOfDossier);
  authorize({ ...repository.attributesOfDossier(dossier), ...target });
  return dossier;
}

/** A record of a dossier (a consultation, an action) that a mutation names: its dossier locked first, then the record; refused as missing unless the actor may read the record. */
async function dossierOfRecord(context: SubgraphContext, trx: Knex, table: 'case_consultations' | 'action_plan_items', named: NamedRecord) {
  const dossierId = await repository.dossierIdOf(trx, table, named.id);
  return requireReadable(context, named, dossierId ? await repository.lockDossier(trx, dossierId) : null, repository.attributesOfDossier);
}

/** Organisations named in an input: each must exist and belong to the dossier's region. */
async function requireRegionOrganisations(trx: Knex, ids: string[], safeHomeId: string, field: string): Promise<OrganisationRow[]> {
  const found = await repository.organisationsByIds(trx, ids);
  return found.map((organisation, index) => {
    if (!organisation) throw badUserInput(`there is no organisation ${ids[index]}`, field);
    if (organisation.safeHomeId !== safeHomeId) throw badUserInput(`${ids[index]} is not a partner of this dossier's Safe Home region`, field);
    return organisation;
  });
}

/** What a mutation returns about a record of a dossier carries the dossier's policy attributes as they are now. */
async function inDossier<T extends object>(context: SubgraphContext, dossierId: string, record: T, own: RecordAttributes = {}): Promise<T> {
  const [facts] = await dossierFactsByIds(context.db, [dossierId]);
  return withAccess(record, { ...(facts ?? {}), ...own });
}

const visibleDossier = (context: SubgraphContext, id: string): Promise<DossierRow | null> => context.load(repository.dossiersByIds, id);

export async function referFamily(context: SubgraphContext, input: ReferralInput): Promise<ReferralOutcome> {
  const { actor } = context;
  const partner = actor.organisationType !== OrganisationType.SAFE_HOME;
  if (partner && input.source && input.source !== (actor.organisationType as string)) {
    throw badUserInput(`a partner refers as itself: source is ${actor.organisationType} or left out`, 'input.source');
  }
  if (!partner && !input.source) throw badUserInput('say who referred the family (source)', 'input.source');
  const source = input.source ?? actor.organisationType;
  const referredOn = input.referredOn ?? today();
  if (input.incidentOn && input.incidentOn > referredOn) throw badUserInput('incidentOn is after referredOn', 'input.incidentOn');
  const numbers = input.persons.map((person) => person.nationalNumber).filter(Boolean);
  if (new Set(numbers).size !== numbers.length) throw badUserInput('the same national number is given for two persons', 'input.persons');

  const outcome = await write(context, 'referFamily', async ({ trx, authorize }) => {
    // Another region's Safe Home is refused exactly as one that does not exist.
    const mayRefer = context.ability.can('create', { __typename: 'Mutation', safeHomeId: input.safeHomeId }, 'referFamily');
    const safeHome = mayRefer ? await repository.lockSafeHome(trx, input.safeHomeId) : null;
    if (!safeHome) throw badUserInput(`a family is referred to the Safe Home of your own region (${actor.safeHomeId})`, 'input.safeHomeId');
    // Only the Safe Home's own team links a referral to a family it follows, matched among its region's open dossiers. A partner's
    // referral is always a new dossier, for the team to triage (Dossier.possibleMatches) and link (linkReferral): what it would
    // have matched is neither written by the partner nor told to it.
    const known: PersonMatch[] = partner ? input.persons.map(() => null) : await matchPersons(trx, input.persons, personsOfOpenDossiers(trx, safeHome.id));
    const numberOfAnother = known.indexOf(NUMBER_OF_ANOTHER);
    if (numberOfAnother >= 0) throw badUserInput("the national number does not go with this person's name and birth date: check all three", `input.persons.${numberOfAnother}.nationalNumber`);
    const knownIds = known.filter((id): id is string => id !== null);
    const existing = await repository.openDossierOfPersons(trx, safeHome.id, knownIds);
    authorize(existing ? repository.attributesOfDossier(existing) : { safeHomeId: safeHome.id, dossierStatus: DossierStatus.REFERRED, participantIds: [] });
    if (existing) requireActivity(existing, 'linkReferral');

    const spec = {
      referralId: randomUUID(), source, referredByOrganisationId: partner ? actor.organisationId : null, referredOn, incidentOn: input.incidentOn ?? null,
      summary: input.summary, repeatWithinYear: await repository.referredWithin12Months(trx, context.ability, safeHome.id, knownIds, input.incidentOn ?? referredOn),
    };
    const dossierId = existing?.id ?? randomUUID();
    let referral;
    if (existing) {
      referral = referralRow(existing.id, spec);
      await repository.updateVersioned(trx, 'dossiers', existing.id, {});
      await repository.insertCaseFiles(trx, { referrals: [referral] });
    } else {
      const opened = openedByReferral({ ...spec, id: dossierId, code: await repository.nextDossierCode(trx, safeHome), safeHomeId: safeHome.id, violenceForms: input.violenceForms });
      referral = opened.referral;
      await repository.insertCaseFiles(trx, { dossiers: [opened.dossier], situationDescriptions: [opened.situation], referrals: [referral] });
    }

    const alreadyIn = new Set(existing ? await personIdsInDossier(trx, existing.id) : []);
    const ids = known.map((id) => id ?? randomUUID());
    const newPersons = input.persons.flatMap((person, index) => (known[index] ? [] : [{
      id: ids[index], givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate, nationalNumber: person.nationalNumber ?? null,
      phone: person.phone ?? null, email: person.email ?? null, street: person.address?.street ?? null, postalCode: person.address?.postalCode ?? null,
      municipality: person.address?.municipality ?? null, addressProtected: person.addressProtected,
    }]));
    const roles = input.persons.map((person, index) => ({ dossierId, personId: ids[index], role: person.role })).filter((role) => !alreadyIn.has(role.personId));
    await insertPersons(trx, { persons: newPersons, dossierPersons: roles });
    return {
      result: { dossierId, linkedToExistingDossier: Boolean(existing), referral },
      written: [{ type: 'Dossier', id: dossierId }, ...roles.map((role) => ({ type: 'Person', id: role.personId }))],
    };
  });
  return {
    dossier: (await visibleDossier(context, outcome.dossierId))!,
    linkedToExistingDossier: outcome.linkedToExistingDossier,
    referral: await inDossier(context, outcome.dossierId, outcome.referral),
  };
}

/**
 * The team links a referral it triaged (a dossier still REFERRED, e.g. a partner's referral of a
 * family it already follows) into the family's open dossier: the referral joins that dossier,
 * judged there for a repeat, and so do the referral's persons it does not hold yet (matched as the
 * team's own referral is); the referral's own dossier closes as linked. Both are locked, in id order.
 */
export async function linkReferral(context: SubgraphContext, input: LinkReferralInput): Promise<DossierRow | null> {
  if (input.intoDossierId === input.dossierId) throw badUserInput('a referral is linked into another dossier than its own', 'input.intoDossierId');
  await write(context, 'linkReferral', async (scope) => {
    const { trx } = scope;
    const named = [namedDossier(input.dossierId), namedDossier(input.intoDossierId, 'input.intoDossierId')].sort((a, b) => a.id.localeCompare(b.id));
    const locked = new Map<string, repository.LockedDossier>();
    for (const dossier of named) locked.set(dossier.id, await dossierToWrite(context, scope, dossier));
    const [referred, into] = [locked.get(input.dossierId)!, locked.get(input.intoDossierId)!];
    requireVersion(`dossier ${referred.code}`, input.expectedVersion, referred.version);
    requireVersion(`dossier ${into.code}`, input.intoExpectedVersion, into.version);
    const closing = linkedInto(referred, into, today());

    const persons = await identitiesInDossier(trx, referred.id);
    const known = await matchPersons(trx, persons, personsOfDossier(trx, into.id));
    const numberOfAnother = known.indexOf(NUMBER_OF_ANOTHER);
    if (numberOfAnother >= 0) {
      const { givenName, familyName } = persons[numberOfAnother];
      throw badUserInput(`${givenName} ${familyName} of ${referred.code} has the national number of another person of ${into.code}: resolve it before linking`, 'input.intoDossierId');
    }
    const intoPersonIds = await personIdsInDossier(trx, into.id);
    const [referrals] = await repository.referralsByDossiers(trx, [referred.id]);
    await repository.moveReferrals(trx, await Promise.all(referrals.map(async (referral) => ({
      id: referral.id,
      repeatWithinYear: await repository.referredWithin12Months(trx, context.ability, into.safeHomeId, intoPersonIds, referral.incidentOn ?? referral.referredOn, referred.id),
    }))), into.id);
    const joining = persons.filter((_, index) => known[index] === null).map((person) => ({ dossierId: into.id, personId: person.id, role: person.role }));
    await insertPersons(trx, { dossierPersons: joining });
    await repository.updateVersioned(trx, 'dossiers', referred.id, closing);
    await repository.updateVersioned(trx, 'dossiers', into.id, {});
    return { result: null, written: [{ type: 'Dossier', id: referred.id }, { type: 'Dossier', id: into.id }, ...joining.map((role) => ({ type: 'Person', id: role.personId }))] };
  });
  return visibleDossier(context, input.intoDossierId);
}

export async function recordAnonymousConsult(context: SubgraphContext, input: AnonymousConsultInput): Promise<AnonymousConsultRow> {
  const consult = await write(context, 'recordAnonymousConsult', async ({ trx, authorize }) => {
    const [safeHome] = await repository.safeHomesByIds(trx, [input.safeHomeId]);
    if (!safeHome) throw badUserInput(`there is no Safe Home ${input.safeHomeId}`, 'input.safeHomeId');
    authorize({ safeHomeId: input.safeHomeId });
    const row: AnonymousConsultRow = { id: randomUUID(), safeHomeId: input.safeHomeId, consultedOn: input.consultedOn ?? today(), askerOrganisationType: input.askerOrganisationType, topic: input.topic };
    await repository.insertCaseFiles(trx, { anonymousConsults: [row] });
    return { result: row, written: [{ type: 'AnonymousConsult', id: row.id }] };
  });
  return withAccess(consult, { safeHomeId: consult.safeHomeId });
}

/** A change to the dossier itself: locked, checked by the policy, moved by the state machine, against the caller's version. */
async function dossierStep(context: SubgraphContext, mutation: string, input: { dossierId: string; expectedVersion: number }, step: (trx: Knex, dossier: repository.LockedDossier) => Promise<Partial<DossierRow>>) {
  await write(context, mutation, async (scope) => {
    const dossier = await dossierToWrite(context, scope, namedDossier(input.dossierId));
    requireVersion(`dossier ${dossier.code}`, input.expectedVersion, dossier.version);
    await repository.updateVersioned(scope.trx, 'dossiers', dossier.id, await step(scope.trx, dossier));
    return { result: null, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return visibleDossier(context, input.dossierId);
}

export const startIntake = (context: SubgraphContext, input: StartIntakeInput) =>
  dossierStep(context, 'startIntake', input, async (_trx, dossier) => intakeStarted(dossier, input.caseManager ?? null));

export const weighDossier = (context: SubgraphContext, input: WeighingInput) =>
  dossierStep(context, 'weighDossier', input, async (trx, dossier) => {
    const { changes, weighing } = weighed(dossier, { track: input.track, rationale: input.rationale, caseManager: input.caseManager, decidedOn: input.decidedOn ?? today() });
    await repository.insertCaseFiles(trx, { weighings: [weighing] });
    return changes;
  });

/** Closure: the outcome is recorded and the open actions are cancelled; from then on only the Safe Home's team reads the dossier. */
export const closeDossier = (context: SubgraphContext, input: ClosureInput) =>
  dossierStep(context, 'closeDossier', input, async (trx, dossier) => {
    const changes = closed(dossier, { outcome: input.outcome, closedOn: input.closedOn ?? today() });
    await repository.cancelOpenActions(trx, dossier.id);
    return changes;
  });

export async function scheduleCaseConsultation(context: SubgraphContext, input: ScheduleConsultationInput): Promise<CaseConsultationRow> {
  const consultation = await write(context, 'scheduleCaseConsultation', async (scope) => {
    const { trx } = scope;
    const dossier = await dossierToWrite(context, scope, namedDossier(input.dossierId));
    requireActivity(dossier, 'consult');
    await requireRegionOrganisations(trx, input.invitedOrganisationIds, dossier.safeHomeId, 'input.invitedOrganisationIds');
    const row = { id: randomUUID(), dossierId: dossier.id, status: ConsultationStatus.PLANNED, plannedOn: input.plannedOn, heldOn: null, personsInformed: null, decisions: null };
    await repository.insertCaseFiles(trx, {
      caseConsultations: [row],
      caseConsultationInvitations: input.invitedOrganisationIds.map((organisationId) => ({ caseConsultationId: row.id, organisationId })),
    });
    const planned: CaseConsultationRow = { ...row, personsConsented: null, notInformedReason: null, version: 1 };
    return { result: planned, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return inDossier(context, input.dossierId, consultation);
}

/**
 * A held consultation: its participants take part from now on, which is what the policy's
 * art. 458ter condition reads. The Safe Home organises it, so it is among them.
 */
export async function recordCaseConsultation(context: SubgraphContext, input: RecordConsultationInput): Promise<CaseConsultationRow> {
  const consultation = await write(context, 'recordCaseConsultation', async ({ trx, authorize }) => {
    const dossier = await dossierOfRecord(context, trx, 'case_consultations', { typeName: 'CaseConsultation', what: 'case consultation', id: input.consultationId, field: 'input.consultationId' });
    const planned = (await repository.lockConsultation(trx, input.consultationId))!;
    authorize(repository.attributesOfDossier(dossier));
    requireActivity(dossier, 'consult');
    if (planned.status !== ConsultationStatus.PLANNED) {
      throw illegal('this case consultation was already recorded as held; plan a new one', { from: planned.status, to: ConsultationStatus.HELD });
    }
    requireVersion('the case consultation', input.expectedVersion, planned.version);
    if (input.heldOn < dossier.referralDate) throw badUserInput(`heldOn is before the referral (${dossier.referralDate})`, 'input.heldOn');
    await requireRegionOrganisations(trx, input.participantIds, dossier.safeHomeId, 'input.participantIds');
    const organiser = (await repository.organisationsBySafeHomes(trx, [dossier.safeHomeId]))[0].find((organisation) => organisation.type === OrganisationType.SAFE_HOME);
    if (organiser && !input.participantIds.includes(organiser.id)) throw badUserInput(`the Safe Home organises the consultation: ${organiser.id} takes part`, 'input.participantIds');
    const held = await repository.updateVersioned(trx, 'case_consultations', planned.id, {
      status: ConsultationStatus.HELD, heldOn: input.heldOn, personsInformed: input.personsInformed, personsConsented: input.personsConsented ?? null,
      notInformedReason: input.personsInformed ? null : input.notInformedReason ?? null, decisions: input.decisions,
    });
    await repository.insertParticipants(trx, planned.id, input.participantIds);
    return { result: held, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return inDossier(context, consultation.dossierId, consultation);
}

/** An organisation leaves a dossier's case consultation: from now on it no longer reads the case content. */
export async function withdrawFromCaseConsultation(context: SubgraphContext, input: WithdrawalInput): Promise<DossierRow | null> {
  await write(context, 'withdrawFromCaseConsultation', async (scope) => {
    const dossier = await dossierToWrite(context, scope, namedDossier(input.dossierId));
    if (!repository.participantsOf(dossier).includes(input.organisationId)) throw badUserInput(`${input.organisationId} does not take part in this dossier's case consultation`, 'input.organisationId');
    await repository.leaveConsultations(scope.trx, dossier.id, input.organisationId, today());
    await repository.updateVersioned(scope.trx, 'dossiers', dossier.id, {});
    return { result: null, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return visibleDossier(context, input.dossierId);
}

/** An action of the plan, owned by the Safe Home or an organisation taking part in the consultation. */
export async function planAction(context: SubgraphContext, input: PlanActionInput): Promise<ActionPlanItemRow> {
  const action = await write(context, 'planAction', async (scope) => {
    const { trx } = scope;
    const dossier = await dossierToWrite(context, scope, namedDossier(input.dossierId));
    requireActivity(dossier, 'planAction');
    const [owner] = await requireRegionOrganisations(trx, [input.ownerOrganisationId], dossier.safeHomeId, 'input.ownerOrganisationId');
    if (owner.type !== OrganisationType.SAFE_HOME && !repository.participantsOf(dossier).includes(owner.id)) {
      throw badUserInput(`${owner.id} does not take part in this dossier's case consultation, so it cannot own an action`, 'input.ownerOrganisationId');
    }
    const row = { id: randomUUID(), dossierId: dossier.id, description: input.description, ownerOrganisationId: owner.id, dueOn: input.dueOn, status: ActionStatus.OPEN };
    await repository.insertCaseFiles(trx, { actionPlanItems: [row] });
    const planned: ActionPlanItemRow = { ...row, version: 1 };
    return { result: planned, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return inDossier(context, input.dossierId, action);
}

/** The owner's progress report: a note, and a status change OPEN → DONE or CANCELLED (both final). */
export async function reportActionProgress(context: SubgraphContext, input: ActionProgressInput): Promise<ActionPlanItemRow> {
  const action = await write(context, 'reportActionProgress', async ({ trx, authorize }) => {
    const dossier = await dossierOfRecord(context, trx, 'action_plan_items', { typeName: 'ActionPlanItem', what: 'action', id: input.actionId, field: 'input.actionId' });
    const current = (await repository.lockAction(trx, input.actionId))!;
    authorize({ ...repository.attributesOfDossier(dossier), ownerOrganisationId: current.ownerOrganisationId });
    requireActivity(dossier, 'reportProgress');
    requireVersion('the action', input.expectedVersion, current.version);
    if (current.status !== ActionStatus.OPEN) throw illegal(`the action is ${current.status}: it takes no more reports`, { from: current.status, to: input.status ?? current.status });
    const updated = await repository.updateVersioned(trx, 'action_plan_items', current.id, { status: input.status ?? current.status });
    await repository.insertCaseFiles(trx, {
      executionNotes: [{ id: randomUUID(), dossierId: dossier.id, actionPlanItemId: current.id, organisationId: context.actor.organisationId, note: input.note, recordedOn: today() }],
    });
    return { result: updated, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return inDossier(context, action.dossierId, action);
}

/** An information item: the policy checks the category it is shared as against the sharer's rules. */
export async function shareInformation(context: SubgraphContext, input: InformationInput): Promise<InfoSharingItemRow> {
  const item = await write(context, 'shareInformation', async (scope) => {
    const dossier = await dossierToWrite(context, scope, namedDossier(input.dossierId), { category: input.category });
    requireActivity(dossier, 'shareInformation');
    const row: InfoSharingItemRow = {
      id: randomUUID(), dossierId: dossier.id, organisationId: context.actor.organisationId, category: input.category, legalBasis: input.legalBasis,
      content: input.content, sharedOn: today(),
    };
    await repository.insertCaseFiles(scope.trx, { infoSharingItems: [row] });
    return { result: row, written: [{ type: 'Dossier', id: dossier.id }] };
  });
  return inDossier(context, item.dossierId, item, { category: item.category });
}
