import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, JSONWebKeySet, JWK, SignJWT } from 'jose';
import { Actor, claimsFromActor } from '../policy';

/**
 * The development token issuer: a local ES256 key pair kept under .data/dev-issuer/, whose public
 * half the gateway verifies against as a JWKS. Production configures a real OIDC issuer instead.
 */
export const devIssuer = {
  issuer: 'urn:safe-home-hub:dev-issuer',
  audience: 'safe-home-hub',
  directory: resolve(__dirname, '..', '.data', 'dev-issuer'),
};

export const devJwksPath = (directory = devIssuer.directory) => join(directory, 'jwks.json');

async function ensureKeys(directory: string): Promise<JWK> {
  const privatePath = join(directory, 'private-key.jwk.json');
  if (existsSync(privatePath)) return JSON.parse(readFileSync(privatePath, 'utf8'));
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
  const jwks: JSONWebKeySet = { keys: [{ ...publicJwk, kid, alg: 'ES256', use: 'sig' }] };
  writeFileSync(privatePath, JSON.stringify(privateJwk), { mode: 0o600 });
  writeFileSync(devJwksPath(directory), JSON.stringify(jwks, null, 2));
  return privateJwk;
}

export interface TokenOptions {
  /** Lifetime in seconds; default one hour. */
  expiresIn?: number;
  issuer?: string;
  audience?: string;
}

/** Signs a development access token for an actor, creating the key pair on first use. */
export async function signDevToken(actor: Actor, options: TokenOptions = {}, directory = devIssuer.directory): Promise<string> {
  const jwk = await ensureKeys(directory);
  const key = await importJWK(jwk, 'ES256');
  const { sub, ...claims } = claimsFromActor(actor);
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: jwk.kid, typ: 'at+jwt' })
    .setSubject(sub)
    .setIssuer(options.issuer ?? devIssuer.issuer)
    .setAudience(options.audience ?? devIssuer.audience)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(key);
}

/** The dev issuer's public keys, creating the key pair on first use. */
export async function devJwks(directory = devIssuer.directory): Promise<JSONWebKeySet> {
  await ensureKeys(directory);
  return JSON.parse(readFileSync(devJwksPath(directory), 'utf8'));
}
