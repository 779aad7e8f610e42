import * as oauth from 'oauth4webapi';

/**
 * Staff sign-in for the hub's pages (the dashboard, the explorer, the DPO's page): authorization
 * code + PKCE (S256) with the identity provider the hub names at /auth/config, each page its own
 * public OAuth client. The access token is kept in sessionStorage (this tab only, gone when it
 * closes), never in the URL past the moment the page reads its code.
 */

/** What the hub says about signing in (GET /auth/config). */
interface AuthConfig {
  issuer: string;
  audience: string;
  /** Each page's OAuth client id, by the page's path. */
  clients: Record<string, string>;
}

/** Who the token speaks for, as the page shows it; the hub reads and checks the token itself. */
export interface SignedInAs {
  subject: string;
  organisation: string;
  role: string;
  purpose: string;
}

export type Session =
  | { state: 'signed-in'; token: string; who: SignedInAs | null }
  | { state: 'signed-out' }
  /** The token this tab held has expired: the page says so and offers to sign in again. */
  | { state: 'expired' }
  /** The provider refused, or the sign-in could not be completed: with why. */
  | { state: 'failed'; message: string };

interface StoredSession {
  token: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

interface PendingSignIn {
  state: string;
  codeVerifier: string;
}

interface Provider {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  path: string;
  redirectUri: string;
  options: { [oauth.allowInsecureRequests]?: boolean };
}

/** A token this close to its expiry is not used: the request might arrive after it. */
const EXPIRY_MARGIN_MS = 15_000;

let provider: Promise<Provider> | undefined;

async function discover(): Promise<Provider> {
  const response = await fetch('/auth/config', { cache: 'no-store' });
  if (!response.ok) throw new Error(`the hub does not say how to sign in (HTTP ${response.status})`);
  const config = (await response.json()) as AuthConfig;
  const path = Object.keys(config.clients).find((page) => location.pathname.startsWith(page));
  if (!path) throw new Error(`the page ${location.pathname} is not a client of the identity provider`);
  const issuer = new URL(config.issuer);
  // Plain http only for a development provider on this machine; anything else must be https.
  const options = issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname) ? { [oauth.allowInsecureRequests]: true } : {};
  const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, options));
  return { as, client: { client_id: config.clients[path] }, path, redirectUri: `${location.origin}${path}`, options };
}

const identityProvider = () => (provider ??= discover());

/** The keys in sessionStorage, one set per page (each is its own client). */
const storageKey = (what: 'session' | 'pending') => `safe-home-sign-in:${what}:${location.pathname.split('/')[1]}`;

function read<T>(key: string): T | null {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

/** Read from the token for display only; null when the token is not a JWT the page can read (the hub decides what it is worth). */
function claimsOf(token: string): SignedInAs | null {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, string>;
    return { subject: claims.sub, organisation: claims.org, role: claims.role, purpose: claims.purpose };
  } catch {
    return null;
  }
}

/** Sends the browser to the identity provider's sign-in, asking for a token for one purpose. */
export async function signIn(purpose: string): Promise<void> {
  const { as, client, redirectUri } = await identityProvider();
  if (!as.authorization_endpoint) throw new Error('the identity provider has no authorization endpoint');
  const pending: PendingSignIn = { state: oauth.generateRandomState(), codeVerifier: oauth.generateRandomCodeVerifier() };
  sessionStorage.setItem(storageKey('pending'), JSON.stringify(pending));
  const url = new URL(as.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri,
    response_type: 'code',
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    scope: `purpose:${purpose}`,
  }).toString();
  location.assign(url);
}

/** Back from the provider with a code (or its refusal): exchanges the code for the token, and takes both out of the address bar. */
async function completeSignIn(pending: PendingSignIn): Promise<Session> {
  sessionStorage.removeItem(storageKey('pending'));
  const { as, client, path, redirectUri, options } = await identityProvider();
  const callback = new URL(location.href);
  history.replaceState(null, '', path);
  try {
    const parameters = oauth.validateAuthResponse(as, client, callback, pending.state);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, redirectUri, pending.codeVerifier, options);
    const { access_token: token, expires_in: expiresIn = 0 } = await oauth.processAuthorizationCodeResponse(as, client, response);
    const stored: StoredSession = { token, expiresAt: Date.now() + expiresIn * 1000 };
    sessionStorage.setItem(storageKey('session'), JSON.stringify(stored));
    return { state: 'signed-in', token, who: claimsOf(token) };
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError || error instanceof oauth.ResponseBodyError) {
      return { state: 'failed', message: `${error.error}: ${error.error_description ?? ''}`.trim() };
    }
    return { state: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

async function sessionAtOpening(): Promise<Session> {
  const pending = read<PendingSignIn>(storageKey('pending'));
  const returned = new URLSearchParams(location.search);
  if (pending && (returned.has('code') || returned.has('error'))) return completeSignIn(pending);
  const stored = read<StoredSession>(storageKey('session'));
  if (!stored) return { state: 'signed-out' };
  if (stored.expiresAt - EXPIRY_MARGIN_MS <= Date.now()) return { state: 'expired' };
  return { state: 'signed-in', token: stored.token, who: claimsOf(stored.token) };
}

let opening: Promise<Session> | undefined;

/** Where the page stands as it opens: just back from signing in, signed in with a live token, its token expired, or not signed in. */
export const currentSession = () => (opening ??= sessionAtOpening());

/** The hub refused the token: it counts as expired from now on (the page offers to sign in again). */
export function sessionExpired(): Session {
  const stored = read<StoredSession>(storageKey('session'));
  if (stored) sessionStorage.setItem(storageKey('session'), JSON.stringify({ ...stored, expiresAt: 0 }));
  return { state: 'expired' };
}

/** Forgets the token and ends the session at the identity provider, which sends the browser back to the page. */
export async function signOut(): Promise<void> {
  sessionStorage.removeItem(storageKey('session'));
  const { as, client, redirectUri } = await identityProvider();
  if (!as.end_session_endpoint) return void location.assign(redirectUri);
  const url = new URL(as.end_session_endpoint);
  url.search = new URLSearchParams({ client_id: client.client_id, post_logout_redirect_uri: redirectUri }).toString();
  location.assign(url);
}
