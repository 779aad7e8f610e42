import { identityConfigFromEnv, issuerOf } from '../identity/config';
import { storedClientSecret } from '../identity/secrets';
import { partnerApplications } from '../seed/applications';
import { commandOptions } from './command-options';

const usage = [
  'npm run token -- --client <application id> [--purpose <PURPOSE>]',
  '  --client   a partner application of seed/applications.ts, with the purposes it may declare:',
  ...partnerApplications.map(({ id, purposes }) => `               ${id} (${purposes.join(', ')})`),
  '  --purpose  one of its purposes; needed when it has more than one',
  'Asks the development identity provider that `npm start` runs (IDP_ISSUER, default http://127.0.0.1:4400) for an access token',
  'by client credentials, with the client secret it keeps in .data/identity/.',
].join('\n');

/** A mistake the caller can fix: said plainly, with the usage when it is the command line's. */
class Refusal extends Error {
  constructor(message: string, readonly showUsage = false) {
    super(message);
  }
}

/** The issuer the development provider runs as (IDP_ISSUER, IDP_PORT); a malformed setting is said as such. */
function configuredIssuer(): string {
  try {
    return issuerOf(identityConfigFromEnv());
  } catch (error) {
    throw new Refusal((error as Error).message);
  }
}

/** A response's JSON body; a body that is none (a proxy's error page) is said, with the status. */
async function jsonOf(response: Response, what: string): Promise<Record<string, unknown>> {
  const body: unknown = await response.json().catch(() => null);
  if (!body || typeof body !== 'object') throw new Refusal(`${what} answered HTTP ${response.status} with no JSON object: is IDP_ISSUER the development provider's?`);
  return body as Record<string, unknown>;
}

/** Where the issuer takes token requests, from its discovery document, which must be the issuer's own (RFC 8414): the client secret goes there. */
async function tokenEndpoint(issuer: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${issuer}/.well-known/openid-configuration`);
  } catch {
    throw new Refusal(`the identity provider at ${issuer} does not answer: is \`npm start\` running (or IDP_ISSUER set to where it runs)?`);
  }
  if (!response.ok) throw new Refusal(`${issuer} is not an OpenID provider (its discovery document answers HTTP ${response.status})`);
  const discovery = await jsonOf(response, `${issuer}/.well-known/openid-configuration`);
  if (discovery.issuer !== issuer) throw new Refusal(`${issuer} is not the OpenID provider its discovery document names (${JSON.stringify(discovery.issuer)}): no client secret is sent to it`);
  if (typeof discovery.token_endpoint !== 'string' || !URL.canParse(discovery.token_endpoint)) throw new Refusal(`the discovery document of ${issuer} names no token endpoint`);
  return discovery.token_endpoint;
}

/** npm run token: an access token for a partner application, got the way the application itself gets one (client credentials). */
async function main() {
  const { client, purpose, help } = commandOptions({ client: { type: 'string' }, purpose: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, usage);
  if (help) return void console.log(`usage: ${usage}`);
  if (!client) throw new Refusal('say which application the token is for (--client)', true);
  if (/^[\w.:@-]{1,200}$/.test(client) && !partnerApplications.some(({ id }) => id === client)) {
    throw new Refusal(`there is no application "${client}": the development provider's are ${partnerApplications.map(({ id }) => id).join(', ')}`, true);
  }
  let secret: string | null;
  try {
    secret = storedClientSecret(client);
  } catch (error) {
    throw new Refusal((error as Error).message, true);
  }
  if (!secret) {
    throw new Refusal(`no client secret for "${client}" in .data/identity/client-secrets/: the development provider makes one for each application of seed/applications.ts when it starts (npm start)`, true);
  }
  const endpoint = await tokenEndpoint(configuredIssuer());
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${encodeURIComponent(client)}:${encodeURIComponent(secret)}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', ...(purpose ? { scope: `purpose:${purpose}` } : {}) }),
    });
  } catch {
    throw new Refusal(`the identity provider's token endpoint ${endpoint} does not answer`);
  }
  const body = await jsonOf(response, `the token endpoint ${endpoint}`);
  if (typeof body.access_token !== 'string') throw new Refusal(`the identity provider refused: ${body.error}${body.error_description ? ` (${body.error_description})` : ''}`);
  process.stdout.write(`${body.access_token}\n`);
}

main().catch((error) => {
  console.error(error instanceof Refusal ? `${error.message}${error.showUsage ? `\nusage: ${usage}` : ''}` : error);
  process.exit(1);
});
