import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { ActorContext, createActorTokenSigner, createActorTokenVerifier, SignActorToken, VerifyActorToken } from '../platform/actor-token';
import { claimsFromActor } from '../policy';
import { limburgPolice } from './support/hub';

/**
 * Both halves of the actor token in one process, over a key pair made for this file: the signer
 * and verifier are hand-written compact JWS over node:crypto, so what jose checked for them is
 * checked here. Through the subgraphs: tests/subgraph-access.test.ts.
 */
const context: ActorContext = { actor: { ...limburgPolice(), breakGlass: { justification: 'a child in danger tonight' } }, requestId: 'r-1', traceId: 't-1', documentHash: '0'.repeat(64) };
const body = JSON.stringify({ query: '{ dossier(code: "LIMB6024") { code } }', variables: { a: 'é' } });
const fetch = { subgraph: 'dossiers', body };

let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let sign: SignActorToken;
let verify: VerifyActorToken;
const environment = { ...process.env };

beforeAll(async () => {
  keys = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  process.env.ACTOR_TOKEN_PUBLIC_JWK = JSON.stringify({ ...(await exportJWK(keys.publicKey)), kid: 'test' });
  process.env.ACTOR_TOKEN_PRIVATE_JWK = JSON.stringify({ ...(await exportJWK(keys.privateKey)), kid: 'test' });
  [sign, verify] = await Promise.all([createActorTokenSigner(), createActorTokenVerifier()]);
});
afterAll(() => {
  process.env = environment;
});

/** A token signed with the gateway's own key, with a header and claims of the test's choosing. */
function signedByTheGateway(header: Record<string, unknown>, claims: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    ...claimsFromActor(limburgPolice()),
    rid: 'r',
    tid: 't',
    doc: '0'.repeat(64),
    bh: createHash('sha256').update(body).digest('base64url'),
    iss: 'urn:safe-home-hub:gateway',
    aud: 'urn:safe-home-hub:subgraph:dossiers',
    jti: randomUUID(),
    iat: now,
    exp: now + 10,
    ...claims,
  })
    .setProtectedHeader({ alg: 'EdDSA', ...header })
    .sign(keys.privateKey);
}

const refusal = (authorization: string, other: Partial<typeof fetch> = {}) => {
  try {
    verify(authorization, { ...fetch, ...other });
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('the actor token', () => {
  it('carries the actor, request, trace and client document of one fetch, and is a standard EdDSA JWT of type actor+jwt', async () => {
    const token = sign(context, fetch);
    expect(verify(`Bearer ${token}`, { subgraph: 'dossiers', body: Buffer.from(body) })).toEqual(context);
    const { payload, protectedHeader } = await jwtVerify(token, keys.publicKey, { issuer: 'urn:safe-home-hub:gateway', audience: 'urn:safe-home-hub:subgraph:dossiers', typ: 'actor+jwt' });
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: 'test', typ: 'actor+jwt' });
    expect(payload.exp! - payload.iat!).toBe(10);
  });

  it('refuses what the gateway did not sign for this fetch, with the reason', async () => {
    const token = sign(context, fetch);
    const [header, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'DPO' })).toString('base64url');
    const cases: [string, string, Partial<typeof fetch>?][] = [
      ['Basic dXNlcjpwYXNz', 'this subgraph answers the gateway only: an actor token is required'],
      [`Bearer ${header}.${otherPayload}.${signature}`, 'the actor token is not valid'],
      [`Bearer ${token}.${signature}`, 'the actor token is not valid'],
      [`Bearer ${header}.${payload}.${signature.slice(1)}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'JWT' })}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'actor+jwt', crit: ['b64'], b64: true })}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'actor+jwt' }, { jti: undefined })}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'actor+jwt' }, { doc: undefined })}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'actor+jwt' }, { iss: 'urn:someone-else' })}`, 'the actor token is not valid'],
      [`Bearer ${await signedByTheGateway({ typ: 'actor+jwt' }, { role: 'SUPERUSER' })}`, 'the actor token is not valid'],
      [`Bearer ${sign(context, { ...fetch, subgraph: 'persons' })}`, 'the actor token was issued for another subgraph'],
      [`Bearer ${sign(context, fetch, -1)}`, 'the actor token has expired'],
      [`Bearer ${sign(context, fetch)}`, 'the actor token was issued for another request', { body: body.replace('é', 'e') }],
    ];
    for (const [authorization, reason, other] of cases) expect([authorization, refusal(authorization, other)]).toEqual([authorization, reason]);
    expect(refusal(`Bearer ${await signedByTheGateway({ typ: 'actor+jwt' })}`)).toBe('accepted');
  });

  it('is good for one fetch', () => {
    const authorization = `Bearer ${sign(context, fetch)}`;
    expect(refusal(authorization)).toBe('accepted');
    expect(refusal(authorization)).toBe('the actor token was already used');
  });

  it('is good for one fetch however the spare bits of its signature\'s last character are written', () => {
    const token = sign(context, fetch);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // 86 characters carry the 64 bytes of an Ed25519 signature: the last one only 2 bits, the 4 others are ignored on decoding.
    const group = alphabet.indexOf(token.slice(-1)) & 0b110000;
    const spellings = [...alphabet].filter((_, i) => (i & 0b110000) === group).map((last) => `Bearer ${token.slice(0, -1)}${last}`);
    expect(spellings).toHaveLength(16);
    expect(spellings.map((authorization) => refusal(authorization)).filter((reason) => reason === 'accepted')).toHaveLength(1);
  });

  it('is made and checked with an Ed25519 key only', async () => {
    const p256 = await generateKeyPair('ES256', { extractable: true });
    process.env.ACTOR_TOKEN_PUBLIC_JWK = JSON.stringify(await exportJWK(p256.publicKey));
    process.env.ACTOR_TOKEN_PRIVATE_JWK = JSON.stringify(await exportJWK(p256.privateKey));
    await expect(createActorTokenSigner()).rejects.toThrow('an Ed25519 key is required, not ec');
    await expect(createActorTokenVerifier()).rejects.toThrow('an Ed25519 key is required, not ec');
  });
});
