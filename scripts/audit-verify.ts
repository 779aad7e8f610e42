import { createAuditLog } from '../audit-log/disclosure-log';
import { readWitness } from './witness-file';
import { commandOptions } from './command-options';
import { withHubDatabase } from './with-hub-database';

/**
 * npm run audit:verify [-- --database safehome_bench_x1] [--witness roots.jsonl]: recomputes every
 * line's hash and every batch's tree, checks the chain of roots and their signatures, and, given a
 * witness file (npm run audit:export-roots), that the log still extends each root in it.
 */
const values = commandOptions({ database: { type: 'string', default: 'safehome' }, witness: { type: 'string' } }, 'npm run audit:verify [-- --database name] [--witness roots.jsonl]');

withHubDatabase(async (db) => {
  const witness = values.witness ? readWitness(values.witness) : [];
  const result = await createAuditLog(db).verify(witness);
  const witnessed = witness.length ? `, and it extends the ${witness.length} root(s) of ${values.witness}` : '';
  if (result.intact) {
    console.log(`the disclosure log is intact: ${result.lines} lines under ${result.roots} signed roots, every hash, root and signature holds${witnessed}`);
  } else {
    console.error(`the disclosure log is BROKEN at line ${result.firstBroken!.seq}: ${result.firstBroken!.reason} (${result.lines} lines and ${result.roots} roots before it hold)`);
    process.exitCode = 2;
  }
}, values.database);
