import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeOnce } from '../platform/write-once';
import { identityDirectory } from './config';

/**
 * The development provider's secrets, made on first start and kept under .data/identity/ (never
 * committed): a client secret per partner application, and the keys that sign its cookies.
 */
const clientSecretsDirectory = join(identityDirectory, 'client-secrets');

/** Client ids name files here: only plain identifiers, so that no id reaches outside the folder. */
const clientIdPattern = /^[a-z0-9][a-z0-9-]{0,99}$/;

function secretFile(clientId: string): string {
  if (!clientIdPattern.test(clientId)) throw new Error(`"${clientId}" is not a client id (lower-case letters, digits and hyphens)`);
  return join(clientSecretsDirectory, `${clientId}.secret`);
}

function ensureDirectory(directory: string): void {
  // The folders are the owner's only; .data itself must stay open to the embedded PostgreSQL's user.
  mkdirSync(dirname(identityDirectory), { recursive: true });
  mkdirSync(identityDirectory, { recursive: true, mode: 0o700 });
  mkdirSync(directory, { recursive: true, mode: 0o700 });
}

const fresh = () => randomBytes(32).toString('base64url');

/** A partner application's client secret, made the first time it is asked for. */
export function ensureClientSecret(clientId: string): string {
  const file = secretFile(clientId);
  if (existsSync(file)) return readFileSync(file, 'utf8');
  ensureDirectory(clientSecretsDirectory);
  return writeOnce(file, fresh());
}

/** The secret the provider made for an application, as a client on this machine reads it; null when it has made none. */
export function storedClientSecret(clientId: string): string | null {
  const file = secretFile(clientId);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The keys that sign the provider's cookies (session, interaction). */
export function ensureCookieKeys(): string[] {
  const file = join(identityDirectory, 'cookie-keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  ensureDirectory(identityDirectory);
  return JSON.parse(writeOnce(file, JSON.stringify([fresh()])));
}
