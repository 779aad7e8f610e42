import { ensurePostgres } from '../../hub/postgres';
import { prepareDatabase } from '../../hub/prepare-database';
import { createDatabase } from '../../subgraphs/common/database';

/**
 * Once per test run: a real PostgreSQL (DATABASE_URL's server, else the machine's on 127.0.0.1:5432,
 * else an embedded one), a fresh test database, migrated and seeded. Test files read its URL from
 * TEST_DATABASE_URL and may create further databases on the same server (TEST_POSTGRES_ADMIN_URL).
 */
export default async function globalSetup() {
  process.env.LOG_LEVEL ??= 'silent';
  const server = await ensurePostgres({ preferLocalServer: true, embeddedDataDir: '.data/postgres-test', embeddedPort: 54330 });
  const database = `safehome_test_${process.pid}`;
  await server.dropDatabase(database);
  await server.ensureDatabase(database);
  const url = server.urlFor(database);
  const db = createDatabase(url);
  try {
    await prepareDatabase(db);
  } finally {
    await db.destroy();
  }
  process.env.TEST_DATABASE_URL = url;
  process.env.TEST_POSTGRES_ADMIN_URL = server.adminUrl;
  console.log(`\ntests use ${server.description}, database ${database}`);
  (globalThis as Record<string, unknown>).__testPostgres = { server, database };
}
