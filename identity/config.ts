import { resolve } from 'node:path';

/** The development identity provider's settings (README, "Tokens and authentication"). */
export interface IdentityConfig {
  /** IDP_PORT: where it listens, on the loopback only (0: any free port, as the tests ask); default 4400. */
  port: number;
  /** IDP_ISSUER: its issuer URL; default http://127.0.0.1:<port>, known once it listens. */
  issuer?: string;
  /** HUB_ORIGIN: the hub whose pages sign staff in (their redirect URIs, and CORS at the token endpoint); default http://127.0.0.1:4000. */
  hubOrigin: string;
}

/** A development provider listens on this machine only. */
export const identityHost = '127.0.0.1';

/** The issuer of a provider listening on a port, unless IDP_ISSUER names another. */
export const issuerOf = (config: IdentityConfig, port = config.port) => config.issuer ?? `http://${identityHost}:${port}`;

/** The hub as a resource (RFC 8707 wants an absolute URI), and the audience of every access token the provider issues. */
export const hubResource = 'urn:safe-home-hub';
export const hubAudience = 'safe-home-hub';

/** Its signing key, cookie keys and the applications' client secrets, beside the hub's other development keys. */
export const identityDirectory = resolve(__dirname, '..', '.data', 'identity');

/** An http(s) origin without a path, e.g. http://127.0.0.1:4000 (a trailing slash is allowed). */
function origin(value: string, name: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // said below
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`${name} must be an http(s) origin without a path, e.g. http://127.0.0.1:4400`);
  }
  return url.origin;
}

export function identityConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IdentityConfig {
  const port = Number(env.IDP_PORT ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('IDP_PORT must be a port number');
  return {
    port,
    issuer: env.IDP_ISSUER ? origin(env.IDP_ISSUER, 'IDP_ISSUER') : undefined,
    hubOrigin: origin(env.HUB_ORIGIN ?? 'http://127.0.0.1:4000', 'HUB_ORIGIN'),
  };
}
