import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, JWK } from 'jose';

export interface KeyPairJwks {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * A signing key pair kept as JWKs in a folder (created on first use, private key readable by
 * its owner only). For development and tests; production passes keys in by configuration.
 */
export async function ensureKeyPair(directory: string, alg: 'ES256' | 'EdDSA'): Promise<KeyPairJwks> {
  const privatePath = join(directory, 'private-key.jwk.json');
  const publicPath = join(directory, 'public-key.jwk.json');
  if (existsSync(privatePath) && existsSync(publicPath)) {
    return { privateJwk: JSON.parse(readFileSync(privatePath, 'utf8')), publicJwk: JSON.parse(readFileSync(publicPath, 'utf8')) };
  }
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, crv: alg === 'EdDSA' ? 'Ed25519' : undefined });
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const publicJwk: JWK = { ...exported, kid, alg, use: 'sig' };
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg };
  writeFileSync(privatePath, JSON.stringify(privateJwk), { mode: 0o600 });
  writeFileSync(publicPath, JSON.stringify(publicJwk, null, 2));
  return { privateJwk, publicJwk };
}
