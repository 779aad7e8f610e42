import { createLocalJWKSet, createRemoteJWKSet, errors, JWTPayload, JWTVerifyGetKey, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Actor } from '../policy/actor';
import { mapClaims } from './claims-mapping';
import { applicationIdFormat } from '../platform/registry-identifiers';
import { AuthenticationConfig } from './config';

export class AuthenticationError extends Error {}

/** The identity provider's key set could not be had: no fault of the caller's, so no 401 that would send staff to sign in again (the gateway answers 503). */
export class KeysUnavailable extends Error {}

/** An organisation as the hub knows it, which a token's claims must match. */
export interface KnownOrganisation {
  type: string;
  /** Null for an organisation of no Safe Home region (the central team). */
  safeHomeId: string | null;
}

/** Looks an organisation up by id: null when the hub does not know it. */
export type OrganisationDirectory = (id: string) => Promise<KnownOrganisation | null>;

/** Who a verified token speaks for: the actor, and the partner application it was issued to, when it names one. */
export interface Authenticated {
  actor: Actor;
  application: string | null;
}

export type Authenticate = (authorizationHeader: string | undefined) => Promise<Authenticated>;

/** The application a token was issued to: RFC 9068's client_id, else OpenID's azp; an identifier, never free text. */
function applicationOf(claims: JWTPayload): string | null {
  const application = claims.client_id ?? claims.azp;
  if (application === undefined) return null;
  if (typeof application === 'string' && applicationIdFormat.test(application)) return application;
  throw new AuthenticationError('access denied: the token\'s "client_id" or "azp" claim is malformed');
}

/**
 * The key set at a JWKS URL, where failing to fetch it (unreachable, timed out, an HTTP error, no key
 * set in the answer) is told apart from a token that no key of it fits: jose reports both alike.
 */
function remoteKeys(url: string): JWTVerifyGetKey {
  const keys = createRemoteJWKSet(new URL(url));
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      const fetching = !(error instanceof errors.JOSEError) || error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || error.code === errors.JOSEError.code;
      throw fetching ? new KeysUnavailable(`the identity provider's keys could not be fetched from ${url}`, { cause: error }) : error;
    }
  };
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the token's "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an algorithm that is not accepted';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is not signed by a known key';
  return 'the token is malformed';
}

/** Why a verified token's times are not accepted: issued in the future, or living longer than the hub allows (exp − iat, or exp − now without iat). */
function refusedTimes({ iat, exp }: JWTPayload, { clockToleranceSeconds, maxTokenLifetimeSeconds }: AuthenticationConfig): string | null {
  const now = Math.floor(Date.now() / 1000);
  if (iat !== undefined && iat > now + clockToleranceSeconds) return 'the token is issued in the future';
  const lifetime = exp! - (iat ?? now);
  if (lifetime > maxTokenLifetimeSeconds + (iat === undefined ? clockToleranceSeconds : 0)) {
    return `the token's lifetime of ${lifetime} s exceeds the maximum of ${maxTokenLifetimeSeconds} s`;
  }
  return null;
}

/**
 * Verifies a bearer access token against the issuer's JWKS (signature, algorithm allow-list, issuer,
 * audience, expiry, issued in the past, a lifetime within the maximum) and reads the actor from its
 * claims. A verified token is remembered until it expires, so a partner application reusing its
 * token does not pay for a signature check on every request (the check dominated the gateway's own
 * cost in the benchmark); its organisation is checked against the directory on every request, so a
 * removed or changed organisation loses access as soon as the directory looks it up again.
 */
export async function createAuthenticator(config: AuthenticationConfig, organisations: OrganisationDirectory): Promise<Authenticate> {
  if (!config.jwksUrl && !config.localJwks) throw new Error('authentication needs a JWKS URL or a local key set');
  // jose checks no "iss" or "aud" at all when the expected one is empty: a blank AUTH_AUDIENCE would take any token of the issuer's, for any API.
  if (!config.issuer.trim() || !config.audience.trim()) throw new Error('authentication needs an issuer and an audience (AUTH_ISSUER, AUTH_AUDIENCE), neither blank');
  const keys: JWTVerifyGetKey = config.jwksUrl ? remoteKeys(config.jwksUrl) : createLocalJWKSet(await config.localJwks!());
  const verified = new LRUCache<string, Authenticated>({ max: 10_000 });

  async function verify(token: string): Promise<Authenticated> {
    let actor: Actor;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      if (error instanceof KeysUnavailable) throw error;
      throw new AuthenticationError(`access denied: ${reason(error)}`);
    }
    // An IdP that adds the hub's audience to its ID tokens too (a Keycloak audience mapper can) would have them pass as access tokens.
    if (payload.typ === 'ID' || payload.nonce !== undefined) throw new AuthenticationError('access denied: an ID token is not an access token');
    payload = mapClaims(payload, config.claims);
    try {
      actor = config.readActor(payload);
    } catch (error) {
      throw new AuthenticationError(`access denied: the token does not describe an actor: ${error instanceof Error ? error.message : String(error)}`);
    }
    const refused = refusedTimes(payload, config);
    if (refused) throw new AuthenticationError(`access denied: ${refused}`);
    const authenticated = { actor, application: applicationOf(payload) };
    // Remembered only until expiry (without the clock tolerance): an expired token is verified again, and refused.
    const expiresAt = payload.exp! * 1000;
    if (expiresAt > Date.now()) verified.set(token, authenticated, { ttl: expiresAt - Date.now() });
    return authenticated;
  }

  return async (authorizationHeader) => {
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(authorizationHeader?.trim() ?? '');
    if (!match) throw new AuthenticationError('an access token is required: Authorization: Bearer <token>');
    const authenticated = verified.get(match[1]) ?? (await verify(match[1]));
    const { actor } = authenticated;
    // A failure to look the organisation up is not the caller's: it propagates (the gateway answers 503).
    const organisation = await organisations(actor.organisationId);
    if (!organisation) throw new AuthenticationError(`access denied: unknown organisation "${actor.organisationId}"`);
    if (organisation.type !== actor.organisationType || organisation.safeHomeId !== actor.safeHomeId) {
      throw new AuthenticationError(`access denied: organisation "${actor.organisationId}" is not a ${actor.organisationType} of ${actor.safeHomeId ? `Safe Home ${actor.safeHomeId}` : 'no Safe Home region'}`);
    }
    return authenticated;
  };
}
