import { resolve } from 'node:path';
import { importJWK, JSONWebKeySet, SignJWT } from 'jose';
import { Actor, actorFromClaims, claimsFromActor, InvalidActorError, Purpose, Role } from '../policy';
import { organisationRows } from '../seed/regions';
import { ensureKeyPair } from '../platform/key-pair';

/**
 * The development token issuer: a local ES256 key pair kept under .data/dev-issuer/, whose public
 * half the gateway verifies against as a JWKS. Production configures a real OIDC issuer instead.
 */
export const devIssuer = {
  issuer: 'urn:safe-home-hub:dev-issuer',
  audience: 'safe-home-hub',
  directory: resolve(__dirname, '..', '.data', 'dev-issuer'),
};

export interface TokenOptions {
  /** Lifetime in seconds; default one hour. */
  expiresIn?: number;
  /** The application (OAuth client) the token is issued to, as its client_id claim; default none. */
  clientId?: string;
}

/**
 * An actor of one of the seeded organisations, e.g. devActor('limburg-police', 'POLICE_LIAISON',
 * 'CASE_CONSULTATION'): its type and Safe Home are the organisation's; InvalidActorError when the
 * organisation is unknown or the role cannot hold it or declare that purpose (as the gateway would).
 */
export function devActor(organisationId: string, role: string | undefined, purpose: string | undefined, subject = `dev-user@${organisationId}`): Actor {
  const organisation = organisationRows().find((row) => row.id === organisationId);
  if (!organisation) throw new InvalidActorError(`unknown organisation "${organisationId}" (ids look like limburg-police)`);
  return actorFromClaims({ sub: subject, org: organisation.id, org_type: organisation.type, role, safe_home: organisation.safeHomeId ?? undefined, purpose });
}

/** Signs a development access token for an actor, creating the key pair on first use. */
export async function signDevToken(actor: Actor, options: TokenOptions = {}): Promise<string> {
  const { privateJwk } = await ensureKeyPair(devIssuer.directory, 'ES256');
  const { sub, ...claims } = claimsFromActor(actor);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, ...(options.clientId ? { client_id: options.clientId } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'at+jwt' })
    .setSubject(sub)
    .setIssuer(devIssuer.issuer)
    .setAudience(devIssuer.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(await importJWK(privateJwk, 'ES256'));
}

/** The dev issuer's public keys as a JWKS, creating the key pair on first use. */
export async function devJwks(): Promise<JSONWebKeySet> {
  return { keys: [(await ensureKeyPair(devIssuer.directory, 'ES256')).publicJwk] };
}

/** The dashboard's development token: the statistician of a Safe Home, for statistics only, for 15 minutes. */
export function devDashboardToken(organisationId = process.env.DASHBOARD_ORGANISATION ?? 'limburg-safe-home'): () => Promise<string> {
  // Refused at start-up unless it names a Safe Home's organisation, the only type a statistician belongs to.
  const actor = devActor(organisationId, Role.STATISTICIAN, Purpose.STATISTICS, `dashboard@${organisationId}`);
  return () => signDevToken(actor, { expiresIn: 15 * 60, clientId: 'safe-home-dashboard' });
}
