import { parseArgs } from 'node:util';
import { createAuditLog } from '../audit-log/disclosure-log';
import { withHubDatabase } from './with-hub-database';

/** npm run audit:verify [-- --database safehome_bench_x1]: recomputes the disclosure log's hash chain. */
const { values } = parseArgs({ options: { database: { type: 'string', default: 'safehome' } } });

withHubDatabase(async (db) => {
  const result = await createAuditLog(db).verify();
  if (result.intact) {
    console.log(`the disclosure log is intact: ${result.lines} lines, every hash and link holds`);
  } else {
    console.error(`the disclosure log is BROKEN at line ${result.firstBroken!.seq}: ${result.firstBroken!.reason} (${result.lines} lines before it hold)`);
    process.exitCode = 2;
  }
}, values.database);
