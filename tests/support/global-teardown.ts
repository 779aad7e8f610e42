import { PostgresServer } from '../../hub/postgres';

export default async function globalTeardown() {
  const { server, database } = (globalThis as Record<string, unknown>).__testPostgres as { server: PostgresServer; database: string };
  await server.dropDatabase(database);
  await server.stop();
}
