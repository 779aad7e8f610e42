import { auditPublicKeys } from '../audit-log/audit-key';
import { checkProof, proveLine } from '../audit-log/prove';
import { commandOptions } from './command-options';
import { withHubDatabase } from './with-hub-database';

/**
 * npm run audit:prove -- --seq N [--database name]: one line of the disclosure log with its proof
 * (its audit path to its batch's root, and that root as chained and signed), as JSON, checked with
 * the published audit keys. Anyone holding the keys can check it again without the database.
 */
const usage = 'npm run audit:prove -- --seq <line number> [--database name]';
const values = commandOptions({ database: { type: 'string', default: 'safehome' }, seq: { type: 'string' } }, usage);
// Written as a line number is (digits), not as anything Number() reads: 0x10, 1e3, " 7".
const seq = /^[1-9][0-9]*$/.test(values.seq ?? '') ? Number(values.seq) : NaN;
if (!Number.isSafeInteger(seq)) {
  console.error(`usage: ${usage}`);
  process.exit(1);
}

withHubDatabase(async (db) => {
  const proven = await proveLine(db, seq);
  if (!proven) throw new Error(`there is no line ${seq} in the disclosure log (never written, or purged)`);
  const holds = checkProof(proven.line, proven.proof, await auditPublicKeys());
  console.log(JSON.stringify({ ...proven, holds }, null, 2));
  if (!holds) process.exitCode = 2;
}, values.database);
