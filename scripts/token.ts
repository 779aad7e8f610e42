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

async function tokenEndpoint(issuer: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${issuer}/.well-known/openid-configuration`);
  } catch {
    throw new Refusal(`the identity provider at ${issuer} does not answer: is \`npm start\` running (or IDP_ISSUER set to where it runs)?`);
  }
  if (!response.ok) throw new Refusal(`${issuer} is not an OpenID provider (its discovery document answers HTTP ${response.status})`);
  return ((await response.json()) as { token_endpoint: string }).token_endpoint;
}

/** npm run token: an access token for a partner application, got the way the application itself gets one (client credentials). */
async function main() {
  const { client, purpose, help } = commandOptions({ client: { type: 'string' }, purpose: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, usage);
  if (help) return void console.log(`usage: ${usage}`);
  if (!client) throw new Refusal('say which application the token is for (--client)', true);
  let secret: string | null;
  try {
    secret = storedClientSecret(client);
  } catch (error) {
    throw new Refusal((error as Error).message, true);
  }
  if (!secret) {
    throw new Refusal(`no client secret for "${client}" in .data/identity/client-secrets/: the development provider makes one for each application of seed/applications.ts when it starts (npm start)`, true);
  }
  const issuer = issuerOf(identityConfigFromEnv());
  const response = await fetch(await tokenEndpoint(issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${encodeURIComponent(client)}:${encodeURIComponent(secret)}`).toString('base64')}` },
    body: new URLSearchParams({ grant_type: 'client_credentials', ...(purpose ? { scope: `purpose:${purpose}` } : {}) }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!body.access_token) throw new Refusal(`the identity provider refused: ${body.error}${body.error_description ? ` (${body.error_description})` : ''}`);
  process.stdout.write(`${body.access_token}\n`);
}

main().catch((error) => {
  console.error(error instanceof Refusal ? `${error.message}${error.showUsage ? `\nusage: ${usage}` : ''}` : error);
  process.exit(1);
});
