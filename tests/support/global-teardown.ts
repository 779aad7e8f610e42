import { createAuditLog } from '../../subgraphs/audit/disclosure-log';
import { PostgresServer } from '../../hub/postgres';
import { createDatabase } from '../../subgraphs/common/database';

/** After the whole suite: the disclosure log it wrote must verify as an intact chain; then the database goes. */
export default async function globalTeardown() {
  const { server, database } = (globalThis as Record<string, unknown>).__testPostgres as { server: PostgresServer; database: string };
  const log = createAuditLog(createDatabase(server.urlFor(database)));
  try {
    const result = await log.verify();
    console.log(`\ndisclosure log after the suite: ${result.intact ? 'intact' : 'BROKEN'}, ${result.lines} lines`);
    if (!result.intact) throw new Error(`the disclosure log is broken at line ${result.firstBroken!.seq}: ${result.firstBroken!.reason}`);
  } finally {
    await log.close();
    await server.dropDatabase(database);
    await server.stop();
  }
}
