import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { errors, importJWK, JWK, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { Actor, actorFromClaims, claimsFromActor } from '../policy';
import { ensureKeyPair } from './key-pair';

/**
 * The actor context the gateway passes to subgraphs: an EdDSA token it signs itself for every
 * subgraph fetch (actor, organisation, role, Safe Home, purpose, request and trace id). It
 * authorises exactly that fetch: its audience is the one subgraph, it carries the SHA-256 of the
 * exact HTTP body sent, it lives seconds, and its id is refused a second time. Subgraphs hold only
 * the public key, so a subgraph cannot mint one, a subgraph port without a valid token answers
 * nothing, and a captured token opens nothing but the fetch it was signed for.
 */
const issuer = 'urn:safe-home-hub:gateway';
const lifetimeSeconds = 10;
const audienceOf = (subgraph: string) => `urn:safe-home-hub:subgraph:${subgraph}`;
const bodyHash = (body: string | Buffer) => createHash('sha256').update(body).digest('base64url');

export interface ActorContext {
  actor: Actor;
  requestId: string;
  /** The W3C trace id of the client's request, so a subgraph's own log lines (writes) match the gateway's. */
  traceId: string;
}

/** The one fetch an actor token authorises: to this subgraph, with exactly this HTTP body. */
export interface SubgraphFetch {
  subgraph: string;
  body: string | Buffer;
}

export class ActorTokenError extends Error {}

const devKeyDirectory = resolve(__dirname, '..', '.data', 'actor-token');

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

export type SignActorToken = (context: ActorContext, fetch: SubgraphFetch, lifetime?: number) => Promise<string>;
export type VerifyActorToken = (authorizationHeader: string | undefined, fetch: SubgraphFetch) => Promise<ActorContext>;

export async function createActorTokenSigner(): Promise<SignActorToken> {
  const { privateJwk } = await keys();
  if (!privateJwk) throw new Error('the gateway needs ACTOR_TOKEN_PRIVATE_JWK to sign actor tokens');
  const key = await importJWK(privateJwk, 'EdDSA');
  return async ({ actor, requestId, traceId }, { subgraph, body }, lifetime = lifetimeSeconds) => {
    const { sub, ...claims } = claimsFromActor(actor);
    return new SignJWT({ ...claims, rid: requestId, tid: traceId, bh: bodyHash(body) })
      .setProtectedHeader({ alg: 'EdDSA', kid: privateJwk.kid, typ: 'actor+jwt' })
      .setSubject(sub)
      .setIssuer(issuer)
      .setAudience(audienceOf(subgraph))
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${lifetime}s`)
      .sign(key);
  };
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the actor token has expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud') return 'the actor token was issued for another subgraph';
  return 'the actor token is not valid';
}

export async function createActorTokenVerifier(): Promise<VerifyActorToken> {
  const { publicJwk } = await keys();
  const key = await importJWK(publicJwk, 'EdDSA');
  // The ids of the tokens accepted, each until its token expires: a token is good for one fetch.
  // Room for 20,000 fetches a second over the seconds a token lives.
  const used = new LRUCache<string, true>({ max: 200_000 });
  return async (authorizationHeader, { subgraph, body }) => {
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(authorizationHeader?.trim() ?? '');
    if (!match) throw new ActorTokenError('this subgraph answers the gateway only: an actor token is required');
    let payload;
    try {
      ({ payload } = await jwtVerify(match[1], key, {
        issuer,
        audience: audienceOf(subgraph),
        algorithms: ['EdDSA'],
        typ: 'actor+jwt',
        requiredClaims: ['exp', 'sub', 'rid', 'tid', 'bh', 'jti'],
      }));
    } catch (error) {
      throw new ActorTokenError(reason(error));
    }
    if (payload.bh !== bodyHash(body)) throw new ActorTokenError('the actor token was issued for another request');
    const jti = String(payload.jti);
    if (used.has(jti)) throw new ActorTokenError('the actor token was already used');
    used.set(jti, true, { ttl: payload.exp! * 1000 - Date.now() + 1000 });
    try {
      return { actor: actorFromClaims(payload, { acceptBreakGlass: true }), requestId: String(payload.rid), traceId: String(payload.tid) };
    } catch {
      throw new ActorTokenError('the actor token is not valid');
    }
  };
}
