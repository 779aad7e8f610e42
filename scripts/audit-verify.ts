import { createAuditLog } from '../subgraphs/audit/disclosure-log';
import { createDatabase } from '../subgraphs/common/database';
import { hubDatabase } from './database-url';

/** npm run audit:verify [-- --database safehome_bench_x1]: recomputes the disclosure log's hash chain. */
async function main() {
  const database = process.argv.includes('--database') ? process.argv[process.argv.indexOf('--database') + 1] : undefined;
  const { url, server } = await hubDatabase(database);
  const log = createAuditLog(createDatabase(url));
  try {
    const result = await log.verify();
    if (result.intact) {
      console.log(`the disclosure log is intact: ${result.lines} lines, every hash and link holds`);
    } else {
      console.error(`the disclosure log is BROKEN at line ${result.firstBroken!.seq}: ${result.firstBroken!.reason} (${result.lines} lines before it hold)`);
      process.exitCode = 2;
    }
  } finally {
    await log.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
