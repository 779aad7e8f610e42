import { parseArgs } from 'node:util';
import { signDevToken } from '../gateway/dev-issuer';
import { actorFromClaims, InvalidActorError } from '../policy';
import { organisationRows } from '../seed/regions';

const usage = 'usage: npm run token -- --org limburg-police --role POLICE_LIAISON --purpose CASE_CONSULTATION [--sub <id>] [--ttl <seconds>]';

/** npm run token: prints a development access token for an actor of a seeded organisation. */
async function main() {
  const { values } = parseArgs({
    options: { org: { type: 'string' }, role: { type: 'string' }, purpose: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '3600' } },
  });
  const organisation = organisationRows().find((row) => row.id === values.org);
  if (!organisation) throw new InvalidActorError(`unknown organisation "${values.org ?? ''}" (ids look like limburg-police)\n${usage}`);
  const actor = actorFromClaims({
    sub: values.sub ?? `dev-user@${organisation.id}`,
    org: organisation.id,
    org_type: organisation.type,
    role: values.role,
    safe_home: organisation.safeHomeId,
    purpose: values.purpose,
  });
  process.stdout.write(`${await signDevToken(actor, { expiresIn: Number(values.ttl) })}\n`);
}

main().catch((error) => {
  console.error(error instanceof InvalidActorError ? `${error.message}\n${usage}` : error);
  process.exit(1);
});
