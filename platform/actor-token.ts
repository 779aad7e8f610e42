import { createHash, randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { JWK } from 'jose';
import { LRUCache } from 'lru-cache';
import { Actor, actorFromClaims, claimsFromActor } from '../policy';
import { base64urlJson, ed25519PrivateKey, ed25519PublicKey, signCompact, verifyCompact } from './ed25519-jws';
import { ensureKeyPair } from './key-pair';

/**
 * The actor context the gateway passes to subgraphs: an EdDSA token it signs itself for every
 * subgraph fetch (actor, organisation, role, Safe Home, purpose, request and trace id, the client's document). It
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
  /** The SHA-256 (hex) of the client's document, so a subgraph's own log lines name the document that produced them. */
  documentHash: string;
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

export type SignActorToken = (context: ActorContext, fetch: SubgraphFetch, lifetime?: number) => string;
export type VerifyActorToken = (authorizationHeader: string | undefined, fetch: SubgraphFetch) => ActorContext;

const header = { alg: 'EdDSA', typ: 'actor+jwt' } as const;
const requiredStrings = ['sub', 'rid', 'tid', 'doc', 'bh', 'jti'] as const;

export async function createActorTokenSigner(): Promise<SignActorToken> {
  const { privateJwk } = await keys();
  if (!privateJwk) throw new Error('the gateway needs ACTOR_TOKEN_PRIVATE_JWK to sign actor tokens');
  const key = ed25519PrivateKey(privateJwk);
  const encodedHeader = base64urlJson({ alg: header.alg, kid: privateJwk.kid, typ: header.typ });
  return ({ actor, requestId, traceId, documentHash }, { subgraph, body }, lifetime = lifetimeSeconds) => {
    const iat = Math.floor(Date.now() / 1000);
    const claims = { ...claimsFromActor(actor), rid: requestId, tid: traceId, doc: documentHash, bh: bodyHash(body), iss: issuer, aud: audienceOf(subgraph), jti: randomUUID(), iat, exp: iat + lifetime };
    return signCompact(encodedHeader, claims, key);
  };
}

/** Whether a (signed) header is one of an actor token: EdDSA, typed, no extension the verifier would have to understand. */
function isActorTokenHeader(encodedHeader: string): boolean {
  try {
    const { alg, typ, crit, b64 } = JSON.parse(Buffer.from(encodedHeader, 'base64url').toString('utf8'));
    return alg === header.alg && typ === header.typ && crit === undefined && b64 === undefined;
  } catch {
    return false;
  }
}

/** The claims of a token whose signature is verified: issuer and required claims, then audience, then expiry, each refusal with jwtVerify's message. */
function checkedClaims(payload: unknown, subgraph: string): Record<string, unknown> & { exp: number; jti: string } {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) throw new ActorTokenError('the actor token is not valid');
  const claims = payload as Record<string, unknown>;
  if (claims.iss !== issuer || typeof claims.exp !== 'number' || requiredStrings.some((claim) => typeof claims[claim] !== 'string')) {
    throw new ActorTokenError('the actor token is not valid');
  }
  if (claims.aud !== audienceOf(subgraph)) throw new ActorTokenError('the actor token was issued for another subgraph');
  if (claims.iat !== undefined && typeof claims.iat !== 'number') throw new ActorTokenError('the actor token is not valid');
  if (claims.exp <= Math.floor(Date.now() / 1000)) throw new ActorTokenError('the actor token has expired');
  return claims as Record<string, unknown> & { exp: number; jti: string };
}

export async function createActorTokenVerifier(): Promise<VerifyActorToken> {
  const { publicJwk } = await keys();
  const key = ed25519PublicKey(publicJwk);
  // The gateway's header is the same in every token: read once, then recognised by its encoding.
  let acceptedHeader: string | undefined;
  // The ids of the tokens accepted, each until its token expires: a token is good for one fetch.
  // Room for 20,000 fetches a second over the seconds a token lives.
  const used = new LRUCache<string, true>({ max: 200_000 });
  return (authorizationHeader, { subgraph, body }) => {
    const match = /^Bearer ([A-Za-z0-9\-_.]+)$/.exec(authorizationHeader?.trim() ?? '');
    if (!match) throw new ActorTokenError('this subgraph answers the gateway only: an actor token is required');
    const verified = verifyCompact(match[1], key);
    if (!verified) throw new ActorTokenError('the actor token is not valid');
    if (verified.encodedHeader !== acceptedHeader) {
      if (!isActorTokenHeader(verified.encodedHeader)) throw new ActorTokenError('the actor token is not valid');
      acceptedHeader = verified.encodedHeader;
    }
    const claims = checkedClaims(verified.payload, subgraph);
    if (claims.bh !== bodyHash(body)) throw new ActorTokenError('the actor token was issued for another request');
    if (used.has(claims.jti)) throw new ActorTokenError('the actor token was already used');
    used.set(claims.jti, true, { ttl: claims.exp * 1000 - Date.now() + 1000 });
    try {
      return { actor: actorFromClaims(claims, { acceptBreakGlass: true }), requestId: claims.rid as string, traceId: claims.tid as string, documentHash: claims.doc as string };
    } catch {
      throw new ActorTokenError('the actor token is not valid');
    }
  };
}
