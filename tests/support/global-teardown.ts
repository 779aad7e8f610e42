import { createAuditLog } from '../../audit-log/disclosure-log';
import { PostgresServer } from '../../hub/postgres';
import { createDatabase } from '../../platform/database';

/** After the whole suite: the disclosure log of each test database must verify as an intact chain; then the databases go. */
export default async function globalTeardown() {
  const { server, databases } = (globalThis as Record<string, unknown>).__testPostgres as { server: PostgresServer; databases: string[] };
  try {
    for (const database of databases) {
      const log = createAuditLog(createDatabase(server.urlFor(database)));
      try {
        const result = await log.verify();
        console.log(`\ndisclosure log of ${database} after the suite: ${result.intact ? 'intact' : 'BROKEN'}, ${result.lines} lines`);
        if (!result.intact) throw new Error(`the disclosure log of ${database} is broken at line ${result.firstBroken!.seq}: ${result.firstBroken!.reason}`);
      } finally {
        await log.close();
      }
    }
  } finally {
    for (const database of databases) await server.dropDatabase(database);
    await server.stop();
  }
}
