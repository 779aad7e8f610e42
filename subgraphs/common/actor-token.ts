import { resolve } from 'node:path';
import { importJWK, JWK, jwtVerify, SignJWT } from 'jose';
import { Actor, actorFromClaims, claimsFromActor } from '../../policy';
import { ensureKeyPair } from './key-pair';

/**
 * The actor context the gateway passes to subgraphs: a short-lived EdDSA token it signs itself on
 * every request (actor, organisation, role, Safe Home, purpose, request and trace id). Subgraphs hold only
 * the public key, so a subgraph cannot mint one, and a subgraph port without a valid token
 * answers nothing.
 */
const issuer = 'urn:safe-home-hub:gateway';
const audience = 'urn:safe-home-hub:subgraphs';
const lifetimeSeconds = 60;

export interface ActorContext {
  actor: Actor;
  requestId: string;
  /** The W3C trace id of the client's request, so a subgraph's own log lines (writes) match the gateway's. */
  traceId: string;
}

export class ActorTokenError extends Error {}

const devKeyDirectory = resolve(__dirname, '..', '..', '.data', 'actor-token');

/** ACTOR_TOKEN_PRIVATE_JWK / ACTOR_TOKEN_PUBLIC_JWK in production; a local dev key pair otherwise. */
async function keys(env: NodeJS.ProcessEnv = process.env): Promise<{ privateJwk?: JWK; publicJwk: JWK }> {
  if (env.ACTOR_TOKEN_PUBLIC_JWK) {
    return {
      publicJwk: JSON.parse(env.ACTOR_TOKEN_PUBLIC_JWK),
      privateJwk: env.ACTOR_TOKEN_PRIVATE_JWK ? JSON.parse(env.ACTOR_TOKEN_PRIVATE_JWK) : undefined,
    };
  }
  if (env.NODE_ENV === 'production') throw new Error('ACTOR_TOKEN_PUBLIC_JWK must be set in production');
  return ensureKeyPair(devKeyDirectory, 'EdDSA');
}

export type SignActorToken = (context: ActorContext, lifetime?: number) => Promise<string>;
export type VerifyActorToken = (authorizationHeader: string | undefined) => Promise<ActorContext>;

export async function createActorTokenSigner(): Promise<SignActorToken> {
  const { privateJwk } = await keys();
  if (!privateJwk) throw new Error('the gateway needs ACTOR_TOKEN_PRIVATE_JWK to sign actor tokens');
  const key = await importJWK(privateJwk, 'EdDSA');
  return async ({ actor, requestId, traceId }, lifetime = lifetimeSeconds) => {
    const { sub, ...claims } = claimsFromActor(actor);
    return new SignJWT({ ...claims, rid: requestId, tid: traceId })
      .setProtectedHeader({ alg: 'EdDSA', kid: privateJwk.kid, typ: 'actor+jwt' })
      .setSubject(sub)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${lifetime}s`)
      .sign(key);
  };
}

export async function createActorTokenVerifier(): Promise<VerifyActorToken> {
  const { publicJwk } = await keys();
  const key = await importJWK(publicJwk, 'EdDSA');
  return async (authorizationHeader) => {
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(authorizationHeader?.trim() ?? '');
    if (!match) throw new ActorTokenError('this subgraph answers the gateway only: an actor token is required');
    try {
      const { payload } = await jwtVerify(match[1], key, { issuer, audience, algorithms: ['EdDSA'], typ: 'actor+jwt', requiredClaims: ['exp', 'sub', 'rid', 'tid'] });
      return { actor: actorFromClaims(payload, { acceptBreakGlass: true }), requestId: String(payload.rid), traceId: String(payload.tid) };
    } catch {
      throw new ActorTokenError('the actor token is not valid');
    }
  };
}
