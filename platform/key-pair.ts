import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, JWK } from 'jose';
import { writeOnce } from './write-once';

export interface KeyPairJwks {
  privateJwk: JWK;
  publicJwk: JWK;
}

const pending = new Map<string, Promise<KeyPairJwks>>();

async function create(file: string, alg: 'ES256' | 'EdDSA'): Promise<KeyPairJwks> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, crv: alg === 'EdDSA' ? 'Ed25519' : undefined });
  const exported = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(exported);
  const pair: KeyPairJwks = { privateJwk: { ...(await exportJWK(privateKey)), kid, alg }, publicJwk: { ...exported, kid, alg, use: 'sig' } };
  // Published at once: processes starting together (test workers) all end up with the first pair written.
  return JSON.parse(writeOnce(file, JSON.stringify(pair)));
}

/**
 * A signing key pair kept as JWKs in one file in a folder (created on first use, readable by its
 * owner only). For development and tests; production passes keys in by configuration.
 */
export function ensureKeyPair(directory: string, alg: 'ES256' | 'EdDSA'): Promise<KeyPairJwks> {
  const file = join(directory, `key-pair.${alg}.jwk.json`);
  let loading = pending.get(file);
  if (!loading) {
    // The key folder is the owner's only; its parent (.data) must stay open to the embedded PostgreSQL's user.
    mkdirSync(dirname(directory), { recursive: true });
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    loading = existsSync(file) ? Promise.resolve(JSON.parse(readFileSync(file, 'utf8'))) : create(file, alg);
    pending.set(file, loading);
  }
  return loading;
}
