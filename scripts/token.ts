import { parseArgs } from 'node:util';
import { devActor, signDevToken } from '../hub/dev-issuer';
import { InvalidActorError, Purpose, Role } from '../policy';

const maximum = Number(process.env.AUTH_MAX_TOKEN_LIFETIME_SECONDS ?? 3600);
const usage = [
  'usage: npm run token -- --org limburg-police --role POLICE_LIAISON --purpose CASE_CONSULTATION [--sub <id>] [--ttl <seconds>]',
  '  --org      a seeded organisation: <region>-<type>, e.g. limburg-police, antwerpen-safe-home, gent-caw, vlaanderen-central-team',
  `  --role     ${Object.values(Role).join(', ')}`,
  `  --purpose  ${Object.values(Purpose).join(', ')}`,
  `  --ttl      lifetime in seconds, at most ${maximum} (AUTH_MAX_TOKEN_LIFETIME_SECONDS; the gateway refuses longer ones); default 3600`,
].join('\n');

/** A mistake in the command line: said with the usage, without a stack trace. */
class UsageError extends Error {}

function options() {
  try {
    return parseArgs({
      options: {
        org: { type: 'string' }, role: { type: 'string' }, purpose: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: String(Math.min(3600, maximum)) }, help: { type: 'boolean', short: 'h' },
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
  if (!values.org) throw new UsageError('say which organisation the token is for (--org)');
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > maximum) throw new UsageError(`--ttl is a whole number of seconds from 1 to ${maximum}`);
  const actor = devActor(values.org, values.role, values.purpose, values.sub);
  process.stdout.write(`${await signDevToken(actor, { expiresIn: ttl })}\n`);
}

main().catch((error) => {
  console.error(error instanceof InvalidActorError || error instanceof UsageError ? `${error.message}\n${usage}` : error);
  process.exit(1);
});
