import { createPrivateKey, createPublicKey, JsonWebKey, KeyObject, sign, verify } from 'node:crypto';
import { resolve } from 'node:path';
import type { JWK } from 'jose';
import { ensureKeyPair } from '../platform/key-pair';

/**
 * The hub's audit key (Ed25519): it signs every chained root of the disclosure log, so that
 * whoever can write to the database but does not hold the key cannot rewrite the log unseen.
 * AUDIT_PRIVATE_JWK is held by the processes that append (gateway, subgraphs, the retention job);
 * AUDIT_PUBLIC_JWKS lists every public key that ever signed a root (the current one first), so
 * roots signed before a rotation still verify; a key rotated out carries `lastRoot`, the last root
 * it signed, and a later root signed with it does not verify (its private half may have leaked). A local dev key pair otherwise (.data/audit-key).
 */
export interface AuditSigner {
  keyId: string;
  sign(message: string): string;
}

export interface AuditPublicKeys {
  jwks: { keys: PublishedKey[] };
  /** Whether `signature` over `message` is by the key `keyId` of this set. */
  verify(keyId: string, message: string, signature: string): boolean;
  /** For a key rotated out, the last root it signed. */
  lastRootOf(keyId: string): number | undefined;
  /** Whether the set lists this key. */
  isPublished(keyId: string): boolean;
}

const devKeyDirectory = resolve(__dirname, '..', '.data', 'audit-key');

/** A published key: a public JWK, and for a key rotated out the last root it signed. */
type PublishedKey = JWK & { lastRoot?: number };

async function configured(env: NodeJS.ProcessEnv): Promise<{ privateJwk?: JWK; publicJwks: { keys: PublishedKey[] } }> {
  if (env.AUDIT_PUBLIC_JWKS) {
    return { publicJwks: JSON.parse(env.AUDIT_PUBLIC_JWKS), privateJwk: env.AUDIT_PRIVATE_JWK ? JSON.parse(env.AUDIT_PRIVATE_JWK) : undefined };
  }
  if (env.NODE_ENV === 'production') throw new Error('AUDIT_PUBLIC_JWKS must be set in production');
  const { privateJwk, publicJwk } = await ensureKeyPair(devKeyDirectory, 'EdDSA');
  return { privateJwk, publicJwks: { keys: [publicJwk] } };
}

let signer: Promise<AuditSigner> | undefined;
let publicKeys: Promise<AuditPublicKeys> | undefined;

/** The signer of the process's appends (loaded once). */
export function auditSigner(): Promise<AuditSigner> {
  signer ??= configured(process.env).then(({ privateJwk, publicJwks }) => {
    if (!privateJwk?.kid) throw new Error('appending to the disclosure log needs AUDIT_PRIVATE_JWK, an Ed25519 JWK with a kid');
    const key = createPrivateKey({ key: privateJwk as JsonWebKey, format: 'jwk' });
    // A key whose roots would not verify is refused at start, not found out by the next audit:verify.
    const published = publicJwks.keys.find((jwk) => jwk.kid === privateJwk.kid);
    if (!published || published.x !== createPublicKey(key).export({ format: 'jwk' }).x) {
      throw new Error(`AUDIT_PRIVATE_JWK: the key "${privateJwk.kid}" is not published in AUDIT_PUBLIC_JWKS (or under that kid with another public key)`);
    }
    if (published.lastRoot !== undefined) throw new Error(`AUDIT_PRIVATE_JWK: the key "${privateJwk.kid}" is rotated out (lastRoot ${published.lastRoot} in AUDIT_PUBLIC_JWKS): sign with the current key`);
    return { keyId: privateJwk.kid, sign: (message) => sign(null, Buffer.from(message), key).toString('base64url') };
  });
  return signer;
}

/**
 * A published key set an operator can get wrong, refused rather than read leniently: a lastRoot that
 * is no root number would otherwise retire nothing, and of two keys with one kid, one would verify
 * what the other's lastRoot refuses.
 */
function checkPublished({ keys }: { keys: PublishedKey[] }): void {
  const kids = new Set<string | undefined>();
  for (const { kid, lastRoot } of keys) {
    if (kid !== undefined && kids.has(kid)) throw new Error(`AUDIT_PUBLIC_JWKS: two keys have the kid "${kid}"`);
    kids.add(kid);
    if (lastRoot !== undefined && !(Number.isSafeInteger(lastRoot) && lastRoot >= 0)) {
      throw new Error(`AUDIT_PUBLIC_JWKS: the key "${kid}" has a lastRoot that is not a root number (a whole number, 0 or more)`);
    }
  }
}

/** The published public keys the roots are checked against (loaded once). */
export function auditPublicKeys(): Promise<AuditPublicKeys> {
  publicKeys ??= configured(process.env).then(({ publicJwks }) => {
    checkPublished(publicJwks);
    const byId = new Map<string, KeyObject>(
      publicJwks.keys.filter((jwk) => jwk.kid && jwk.crv === 'Ed25519').map((jwk) => [jwk.kid!, createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' })]),
    );
    return {
      jwks: { keys: publicJwks.keys.map(({ kty, crv, x, kid, alg, use, lastRoot }) => ({ kty, crv, x, kid, alg, use, lastRoot })) },
      lastRootOf: (keyId) => publicJwks.keys.find((jwk) => jwk.kid === keyId)?.lastRoot,
      isPublished: (keyId) => byId.has(keyId),
      verify(keyId, message, signature) {
        const key = byId.get(keyId);
        return key !== undefined && verify(null, Buffer.from(message), key, Buffer.from(signature, 'base64url'));
      },
    };
  });
  return publicKeys;
}

