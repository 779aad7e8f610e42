import { createAuditLog } from '../audit-log/disclosure-log';
import { appendWitness, witnessLine } from './witness-file';
import { commandOptions } from './command-options';
import { withHubDatabase } from './with-hub-database';

/**
 * npm run audit:export-roots [-- --out roots.jsonl] [--database name]: the disclosure log's latest
 * signed root, appended to a witness file (or printed). The root's hash covers every line and root
 * before it, so one exported now lets `audit:verify --witness` prove later that no one rewrote them.
 */
const values = commandOptions({ database: { type: 'string', default: 'safehome' }, out: { type: 'string' } }, 'npm run audit:export-roots [-- --out roots.jsonl] [--database name]');

withHubDatabase(async (db) => {
  const head = await createAuditLog(db).head();
  if (!head) throw new Error('the disclosure log has no root yet: nothing to witness');
  const line = witnessLine(head);
  if (values.out) {
    appendWitness(values.out, line);
    console.log(`root ${head.seq} (lines up to ${head.lastSeq}) appended to ${values.out}`);
  } else {
    console.log(line);
  }
}, values.database);
