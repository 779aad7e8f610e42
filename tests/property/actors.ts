import fc from 'fast-check';
import { testActor } from '../support/test-issuer';
import type { Actor } from '../../policy/actor';
import { purposesByRole } from '../../policy/purposes';
import { Role, roleOrganisationTypes } from '../../policy/roles';
import { organisationRows } from '../../seed/regions';
import { mayBreakGlass } from './oracle';

/**
 * Every kind of actor the hub can meet in some regions: each seeded organisation of those regions
 * (and those of no region, the central team), each role its type can hold, each purpose that role
 * may declare, and — for the roles the policy names — each of those once more with a break-glass.
 */
export function actorsOf(regionIds: readonly string[]): Actor[] {
  return organisationRows()
    .filter((organisation) => organisation.safeHomeId === null || regionIds.includes(organisation.safeHomeId))
    .flatMap((organisation) =>
      (Object.keys(roleOrganisationTypes) as Role[])
        .filter((role) => roleOrganisationTypes[role].includes(organisation.type))
        .flatMap((role) => purposesByRole[role].map((purpose) => testActor(organisation.id, role, purpose, `property-test@${organisation.id}`))),
    )
    .flatMap((actor) => (mayBreakGlass(actor) ? [actor, { ...actor, breakGlass: { justification: 'Acute danger reported by the police tonight; the family must be found.' } }] : [actor]));
}

export const describeActor = (actor: Actor) =>
  `${actor.organisationId} ${actor.role} for ${actor.purpose}${actor.breakGlass ? ' with break-glass' : ''}`;

/**
 * Draws actors so that every role of the world's regions (and of the central team) comes up as
 * often as any other — a justice assistant or a DPO as often as a case manager — the roles a read
 * is for (a DPO's for the log) more often still, and now and then anyone at all, another region's included.
 */
export function actorArbitrary(actors: Actor[], worldRegions: readonly string[], favoured: readonly Role[] = []): fc.Arbitrary<Actor> {
  const home = actors.filter((actor) => actor.safeHomeId === null || worldRegions.includes(actor.safeHomeId));
  const byRole = (roles: readonly Role[]) => fc.constantFrom(...roles).chain((role) => fc.constantFrom(...home.filter((actor) => actor.role === role)));
  const roles = [...new Set(home.map((actor) => actor.role))];
  const arbitraries = [{ weight: 4, arbitrary: byRole(roles) }, { weight: 1, arbitrary: fc.constantFrom(...actors) }];
  return favoured.length ? fc.oneof({ weight: 5, arbitrary: byRole(favoured) }, ...arbitraries) : fc.oneof(...arbitraries);
}
