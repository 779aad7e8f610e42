import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { hubAudience } from '../../identity/config';
import { IdentityProcess, startIdentityProcess } from '../../scripts/identity-process';

export interface TestIdentityProvider {
  issuer: string;
  /** The environment that points a hub's gateway at it (AUTH_ISSUER, AUTH_JWKS_URL, AUTH_AUDIENCE), as npm start does. */
  hubEnv: NodeJS.ProcessEnv;
  /** Its log lines so far (JSON, level info and up). */
  log(): Record<string, unknown>[];
}

/** A port free right now, for a server whose address another must know before it starts (the hub's, for the provider's redirects). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The development OpenID provider as a process of its own on a free port, started before and
 * stopped (by its pid) after a file's tests; its pages send staff back to `hubOrigin`.
 */
export function useIdentityProvider(hubOrigin: () => string = () => 'http://127.0.0.1:4000', env: () => NodeJS.ProcessEnv = () => ({})) {
  let running: IdentityProcess | undefined;
  const lines: string[] = [];
  let partial = '';
  const output = new Writable({
    write(chunk, _encoding, done) {
      const text = partial + String(chunk);
      const complete = text.split('\n');
      partial = complete.pop()!;
      lines.push(...complete);
      done();
    },
  });
  beforeAll(async () => {
    running = await startIdentityProcess({ IDP_PORT: '0', HUB_ORIGIN: hubOrigin(), LOG_LEVEL: 'info', LOG_FORMAT: 'json', ...env() }, output);
  }, 60_000);
  afterAll(async () => {
    await running?.stop();
  });
  return (): TestIdentityProvider => ({
    issuer: running!.issuer,
    hubEnv: { ...process.env, AUTH_ISSUER: running!.issuer, AUTH_JWKS_URL: `${running!.issuer}/jwks`, AUTH_AUDIENCE: hubAudience },
    log: () => lines.flatMap((line) => {
      try {
        return [JSON.parse(line)];
      } catch {
        return [];
      }
    }),
  });
}

/** A token request by client credentials, as a partner application makes it: the provider's answer, whatever it is. */
export async function clientCredentials(issuer: string, clientId: string, secret: string, scope?: string) {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }),
  });
  return { status: response.status, body: (await response.json()) as { access_token?: string; expires_in?: number; error?: string; error_description?: string } };
}
