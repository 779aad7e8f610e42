import { Knex } from 'knex';
import { ensurePostgres, PostgresServer } from '../hub/postgres';
import { migrateAll } from '../hub/prepare-database';
import { createDatabase } from '../platform/database';

export interface BenchDatabase {
  postgres: PostgresServer;
  url: string;
  db: Knex;
}

/**
 * A bench's own database, migrated, on the machine's PostgreSQL at 127.0.0.1:5432 when it answers,
 * else on the embedded one. `fresh` drops it first, so a run starts from the same empty state.
 */
export async function openBenchDatabase(name: string, { fresh = false } = {}): Promise<BenchDatabase> {
  const postgres = await ensurePostgres({ preferLocalServer: true });
  if (fresh) await postgres.dropDatabase(name);
  await postgres.ensureDatabase(name);
  const url = postgres.urlFor(name);
  const db = createDatabase(url);
  await migrateAll(db);
  return { postgres, url, db };
}
