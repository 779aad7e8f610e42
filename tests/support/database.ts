import pg from 'pg';
import { Knex } from 'knex';
import { createDatabase } from '../../subgraphs/common/database';

/** The seeded world the read tests count on, or its copy that the case-work tests write to. */
export type TestDatabase = 'seeded' | 'casework';

export const testDatabaseUrl = (which: TestDatabase = 'seeded') => {
  const variable = which === 'seeded' ? 'TEST_DATABASE_URL' : 'TEST_CASEWORK_DATABASE_URL';
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: run the tests through jest (global setup)`);
  return url;
};

/** A knex handle on a test database, closed after the file's tests. */
export function useTestDatabase(which: TestDatabase = 'seeded'): () => Knex {
  let db: Knex | undefined;
  beforeAll(() => {
    db = createDatabase(testDatabaseUrl(which));
  });
  afterAll(async () => {
    await db?.destroy();
  });
  return () => db!;
}

/** A scratch database on the test server, dropped afterwards. */
export async function withScratchDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_ADMIN_URL });
  const database = `${name}_${process.pid}`;
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${database}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}
