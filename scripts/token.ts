import { parseArgs } from 'node:util';
import { devActor, signDevToken } from '../hub/dev-issuer';
import { InvalidActorError } from '../policy';

const usage = 'usage: npm run token -- --org limburg-police --role POLICE_LIAISON --purpose CASE_CONSULTATION [--sub <id>] [--ttl <seconds>]';

/** A mistake in the command line: said with the usage, without a stack trace. */
class UsageError extends Error {}

function options() {
  try {
    return parseArgs({
      options: {
        org: { type: 'string' }, role: { type: 'string' }, purpose: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' }, help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** npm run token: prints a development access token for an actor of a seeded organisation. */
async function main() {
  const values = options();
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0) throw new UsageError('--ttl is a whole number of seconds above 0');
  const actor = devActor(values.org ?? '', values.role, values.purpose, values.sub);
  process.stdout.write(`${await signDevToken(actor, { expiresIn: ttl })}\n`);
}

main().catch((error) => {
  console.error(error instanceof InvalidActorError || error instanceof UsageError ? `${error.message}\n${usage}` : error);
  process.exit(1);
});
