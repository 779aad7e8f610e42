import { resolve } from 'node:path';
import { importJWK, SignJWT } from 'jose';
import type { TrustedIssuer } from '../../hub/gateway-config';
import { ensureKeyPair } from '../../platform/key-pair';
import { Actor, actorFromClaims, claimsFromActor, InvalidActorError } from '../../policy';
import { organisationRows } from '../../seed/regions';

/**
 * The tests' own token issuer, for tests and benchmarks that need actors no client of the identity
 * provider is (any organisation, role and purpose of a generated world): an ES256 key pair under
 * .data/test-issuer/, trusted only by a hub a test starts with `authentication: testIssuer`.
 * tests/identity-provider.test.ts shows the hub accepting the real provider's tokens.
 */
const directory = resolve(__dirname, '..', '..', '.data', 'test-issuer');
const keyPair = () => ensureKeyPair(directory, 'ES256');

export const testIssuer: TrustedIssuer = {
  issuer: 'urn:safe-home-hub:test-issuer',
  audience: 'safe-home-hub',
  localJwks: async () => ({ keys: [(await keyPair()).publicJwk] }),
};

/** The issuer's signing key: a token it signs is trusted, so a test can make one whose claims alone are wrong. */
export const testIssuerKey = async () => importJWK((await keyPair()).privateJwk, 'ES256');

/**
 * An actor of one of the seeded organisations, e.g. testActor('limburg-police', 'POLICE_LIAISON',
 * 'CASE_CONSULTATION'): its type and Safe Home are the organisation's; InvalidActorError when the
 * organisation is unknown or the role cannot hold it or declare that purpose (as the gateway would).
 */
export function testActor(organisationId: string, role: string | undefined, purpose: string | undefined, subject = `test-user@${organisationId}`): Actor {
  const organisation = organisationRows().find((row) => row.id === organisationId);
  if (!organisation) throw new InvalidActorError(`unknown organisation "${organisationId}" (ids look like limburg-police)`);
  return actorFromClaims({ sub: subject, org: organisation.id, org_type: organisation.type, role, safe_home: organisation.safeHomeId ?? undefined, purpose });
}

/** An access token for an actor, as an identity provider would sign it; lifetime in seconds, default one hour; clientId, the application (OAuth client) it is issued to, as its client_id claim. */
export async function signTestToken(actor: Actor, { expiresIn = 3600, clientId }: { expiresIn?: number; clientId?: string } = {}): Promise<string> {
  const { privateJwk } = await keyPair();
  const { sub, ...claims } = claimsFromActor(actor);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...claims, ...(clientId ? { client_id: clientId } : {}) })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'at+jwt' })
    .setSubject(sub)
    .setIssuer(testIssuer.issuer)
    .setAudience(testIssuer.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(await testIssuerKey());
}
