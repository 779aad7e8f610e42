import { createPrivateKey, createPublicKey, KeyObject, sign, verify } from 'node:crypto';
import type { JWK } from 'jose';

/**
 * Compact JWS (RFC 7515) with Ed25519 keys only, signed and verified in one synchronous
 * node:crypto call each. jose's general path costs about as much again as the Ed25519 operation
 * itself (per-call key checks, re-encoding, a promisified sign); with the key type fixed here the
 * algorithm is the key's, so a token's "alg" cannot choose another.
 */
const signatureLength = 86; // 64 bytes, base64url without padding

function ed25519(key: KeyObject): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`an Ed25519 key is required, not ${key.asymmetricKeyType ?? key.type}`);
  return key;
}

export const ed25519PrivateKey = (jwk: JWK) => ed25519(createPrivateKey({ key: jwk as never, format: 'jwk' }));
export const ed25519PublicKey = (jwk: JWK) => ed25519(createPublicKey({ key: jwk as never, format: 'jwk' }));

export const base64urlJson = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** `header.payload.signature`, the header given already encoded (it does not change between tokens). */
export function signCompact(encodedHeader: string, payload: object, privateKey: KeyObject): string {
  const signingInput = `${encodedHeader}.${base64urlJson(payload)}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

/** The encoded header and the payload of a token whose signature the key verifies; null for any other string. */
export function verifyCompact(token: string, publicKey: KeyObject): { encodedHeader: string; payload: unknown } | null {
  const [encodedHeader, encodedPayload, signature, ...more] = token.split('.');
  if (more.length > 0 || signature?.length !== signatureLength || !encodedPayload) return null;
  if (!verify(null, Buffer.from(`${encodedHeader}.${encodedPayload}`), publicKey, Buffer.from(signature, 'base64url'))) return null;
  try {
    return { encodedHeader, payload: JSON.parse(Buffer.from(encodedPayload, 'base64url').toString('utf8')) };
  } catch {
    return null;
  }
}
