import pg from 'pg';
import { Knex } from 'knex';
import { createDatabase } from '../../subgraphs/common/database';

export const testDatabaseUrl = () => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  return url;
};

/** A knex handle on the seeded test database, closed after the file's tests. */
export function useTestDatabase(): () => Knex {
  let db: Knex | undefined;
  beforeAll(() => {
    db = createDatabase(testDatabaseUrl());
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
