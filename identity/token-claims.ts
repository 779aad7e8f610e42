import { actorFromClaims, ActorClaims, Purpose, purposesByRole, Role } from '../policy';
import { organisationRows } from '../seed/regions';
import { purposeScope, RegisteredClient } from './clients';

/** Why no token can be issued for the purpose asked: the provider answers invalid_scope with this. */
export class PurposeRefused extends Error {}

const purposeScopes = new Map(Object.values(Purpose).map((purpose) => [purposeScope(purpose), purpose]));

/**
 * The one purpose a token is asked for, by the scope "purpose:<PURPOSE>": one the client allows;
 * without one, an application's only purpose, if it has exactly one. (A page always asks: the
 * provider grants staff only the scope they asked for.)
 */
export function purposeAsked(scope: string | undefined, client: Pick<RegisteredClient, 'kind' | 'purposes'>): Purpose {
  const allowed = client.purposes;
  const requested = (scope ?? '').split(' ').filter((value) => value.startsWith('purpose:'));
  if (requested.length > 1) throw new PurposeRefused('a token is for one purpose: ask for one "purpose:<PURPOSE>" scope');
  if (requested.length === 0) {
    if (client.kind === 'application' && allowed.length === 1) return allowed[0];
    throw new PurposeRefused(`say which purpose the token is for: scope "purpose:<PURPOSE>", one of ${allowed.join(', ')}`);
  }
  const purpose = purposeScopes.get(requested[0]);
  if (!purpose || !allowed.includes(purpose)) throw new PurposeRefused(`purpose "${requested[0].slice('purpose:'.length)}" is not one this client may declare (${allowed.join(', ')})`);
  return purpose;
}

/** The purpose asked, if the role may declare it too. */
export function declarablePurpose(scope: string | undefined, client: Pick<RegisteredClient, 'kind' | 'purposes'>, role: Role): Purpose {
  const purpose = purposeAsked(scope, client);
  if (!purposesByRole[role].includes(purpose)) throw new PurposeRefused(`role ${role} may not declare purpose ${purpose}`);
  return purpose;
}

const organisations = new Map(organisationRows().map((row) => [row.id, row]));

/**
 * The hub's claims for an actor of a seeded organisation (the token contract: org, org_type, role,
 * safe_home unless the organisation belongs to no Safe Home region, purpose), checked as the
 * gateway will read them.
 */
export function actorClaims(subject: string, organisationId: string, role: Role, purpose: Purpose): Omit<ActorClaims, 'sub'> {
  const organisation = organisations.get(organisationId);
  if (!organisation) throw new Error(`unknown organisation "${organisationId}"`);
  const claims = { org: organisation.id, org_type: organisation.type, role, ...(organisation.safeHomeId ? { safe_home: organisation.safeHomeId } : {}), purpose };
  actorFromClaims({ sub: subject, ...claims });
  return claims;
}
