import fc from 'fast-check';
import { devActor } from '../../gateway/dev-issuer';
import type { Actor } from '../../policy/actor';
import { OrganisationType } from '../../policy/organisation-types';
import { purposesByRole } from '../../policy/purposes';
import { Role, roleOrganisationTypes } from '../../policy/roles';
import { organisationId } from '../../seed/regions';
import { mayBreakGlass } from './oracle';

/**
 * Every kind of actor the hub can meet in a region: each organisation type the seed has there,
 * each role that type can hold, each purpose that role may declare, and — for the roles the policy
 * names — each of those once more with a break-glass declared.
 */
export function actorsOf(regionIds: readonly string[]): Actor[] {
  return regionIds.flatMap((regionId) =>
    Object.values(OrganisationType)
      .filter((type) => type !== OrganisationType.OTHER)
      .flatMap((type) =>
        (Object.keys(roleOrganisationTypes) as Role[])
          .filter((role) => roleOrganisationTypes[role].includes(type))
          .flatMap((role) => purposesByRole[role].map((purpose) => devActor(organisationId(regionId, type), role, purpose, `property-test@${organisationId(regionId, type)}`))),
      )
      .flatMap((actor) => (mayBreakGlass(actor) ? [actor, { ...actor, breakGlass: { justification: 'Acute danger reported by the police tonight; the family must be found.' } }] : [actor])),
  );
}

export const describeActor = (actor: Actor) =>
  `${actor.organisationId} ${actor.role} for ${actor.purpose}${actor.breakGlass ? ' with break-glass' : ''}`;

/**
 * Draws actors so that every organisation type of the world's regions comes up as often as any
 * other (a justice house as often as the Safe Home's twenty kinds of actor), and now and then
 * anyone at all, another region's included.
 */
export function actorArbitrary(actors: Actor[], worldRegions: readonly string[]): fc.Arbitrary<Actor> {
  const home = actors.filter((actor) => worldRegions.includes(actor.safeHomeId));
  const types = [...new Set(home.map((actor) => actor.organisationType))];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...types).chain((type) => fc.constantFrom(...home.filter((actor) => actor.organisationType === type))) },
    { weight: 1, arbitrary: fc.constantFrom(...actors) },
  );
}
