import { ensurePostgres } from '../../hub/postgres';
import { prepareDatabase } from '../../hub/prepare-database';
import { registerTrustedDocuments } from '../../hub/document-registration';
import { testApplicationRegistration } from './test-application';
import { createDatabase } from '../../platform/database';

/**
 * Once per test run: a real PostgreSQL (DATABASE_URL's server, else the machine's on 127.0.0.1:5432,
 * else an embedded one), a fresh test database, migrated, seeded and with the trusted documents of
 * the hub, its partner applications and the tests' own application registered, and a copy of it for the tests
 * that write case work, so the tests that count the seeded world never race them. Test files read
 * their URLs from TEST_DATABASE_URL and TEST_CASEWORK_DATABASE_URL and may create further databases
 * on the same server (TEST_POSTGRES_ADMIN_URL).
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
    await registerTrustedDocuments(db, [testApplicationRegistration()]);
  } finally {
    await db.destroy();
  }
  const casework = `${database}_casework`;
  await server.dropDatabase(casework);
  await server.ensureDatabase(casework, database);
  process.env.TEST_DATABASE_URL = url;
  process.env.TEST_CASEWORK_DATABASE_URL = server.urlFor(casework);
  process.env.TEST_POSTGRES_ADMIN_URL = server.adminUrl;
  console.log(`\ntests use ${server.description}, database ${database}`);
  (globalThis as Record<string, unknown>).__testPostgres = { server, databases: [database, casework] };
}
