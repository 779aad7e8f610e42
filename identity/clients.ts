import type { ClientMetadata } from 'oidc-provider';
import { pageClients } from '../hub/page-clients';
import { Purpose, Role } from '../policy';
import { partnerApplications } from '../seed/applications';
import { ensureClientSecret } from './secrets';

/** A partner application: a confidential client that signs in as itself (client credentials). */
export interface ApplicationClient {
  kind: 'application';
  id: string;
  organisationId: string;
  role: Role;
  purposes: readonly Purpose[];
  secret: string;
}

/** One of the hub's pages: a public client that signs staff in (authorization code + PKCE). */
export interface StaffPageClient {
  kind: 'page';
  id: string;
  /** The page's path on the hub: its redirect URI is this path on the hub's origin. */
  path: string;
  purposes: readonly Purpose[];
}

export type RegisteredClient = ApplicationClient | StaffPageClient;

/**
 * Where the provider learns its clients, asked at every request that names one: a client it
 * answers null for (unknown, or one the hub has revoked) cannot sign in.
 */
export type ClientSource = (clientId: string) => Promise<RegisteredClient | null>;

/** The clients of the seed: the synthetic partner applications, with secrets made on first start, and the hub's pages. */
export function seedClientSource(): ClientSource {
  const clients = new Map<string, RegisteredClient>([
    ...partnerApplications.map(({ id, organisationId, role, purposes }): [string, RegisteredClient] => [
      id,
      { kind: 'application', id, organisationId, role, purposes, secret: ensureClientSecret(id) },
    ]),
    ...pageClients.map(({ id, path, purposes }): [string, RegisteredClient] => [id, { kind: 'page', id, path, purposes }]),
  ]);
  return async (clientId) => clients.get(clientId) ?? null;
}

/**
 * The source's clients but those the hub has revoked, partner applications and its own pages alike (a
 * page is registered as an application too): asked at every request, so a revocation holds at the
 * next sign-in or token request.
 */
export function withoutRevoked(source: ClientSource, isRevoked: (clientId: string) => Promise<boolean>): ClientSource {
  return async (clientId) => {
    const client = await source(clientId);
    return client && (await isRevoked(client.id)) ? null : client;
  };
}

export const purposeScope = (purpose: Purpose) => `purpose:${purpose}`;

/** A client as the provider registers it: an application may only use client credentials, a page only the code flow with PKCE. */
export function clientMetadata(client: RegisteredClient, hubOrigin: string): ClientMetadata {
  const scope = client.purposes.map(purposeScope).join(' ');
  if (client.kind === 'application') {
    return {
      client_id: client.id,
      client_secret: client.secret,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
      scope,
    };
  }
  const page = `${hubOrigin}${client.path}`;
  return {
    client_id: client.id,
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: [page],
    post_logout_redirect_uris: [page],
    scope,
  };
}
