import { parseArgs } from 'node:util';
import { devActor, signDevToken } from '../hub/dev-issuer';
import { InvalidActorError } from '../policy';

const usage = 'usage: npm run token -- --org limburg-police --role POLICE_LIAISON --purpose CASE_CONSULTATION [--sub <id>] [--ttl <seconds>]';

/** npm run token: prints a development access token for an actor of a seeded organisation. */
async function main() {
  const { values } = parseArgs({
    options: { org: { type: 'string' }, role: { type: 'string' }, purpose: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
  });
  const actor = devActor(values.org ?? '', values.role, values.purpose, values.sub);
  process.stdout.write(`${await signDevToken(actor, { expiresIn: Number(values.ttl) })}\n`);
}

main().catch((error) => {
  console.error(error instanceof InvalidActorError ? `${error.message}\n${usage}` : error);
  process.exit(1);
});
