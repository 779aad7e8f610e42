import { ensurePostgres, PostgresServer } from '../hub/postgres';

/** The hub's database: DATABASE_URL, else the `safehome` database of the embedded server. */
export async function hubDatabase(database = 'safehome'): Promise<{ url: string; server: PostgresServer }> {
  const server = await ensurePostgres();
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server };
  await server.ensureDatabase(database);
  return { url: server.urlFor(database), server };
}
