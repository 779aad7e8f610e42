import pg from 'pg';
import { Knex } from 'knex';
import { createDatabase } from '../../platform/database';

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

/** The URL of a database on the test server, by name. */
export const databaseUrlFor = (database: string) => {
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
};

async function asAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** A fresh database on the test server (named with the pid, so parallel runs do not clash): empty, or a copy of a template. */
export async function createScratchDatabase(name: string, template?: string): Promise<{ database: string; url: string }> {
  const database = `${name}_${process.pid}`;
  await asAdmin(async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}${template ? ` TEMPLATE ${template}` : ''}`);
  });
  return { database, url: databaseUrlFor(database) };
}

export async function dropScratchDatabase(database: string): Promise<void> {
  await asAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}

/** A scratch database on the test server, dropped afterwards. */
export async function withScratchDatabase<T>(name: string, work: (url: string) => Promise<T>): Promise<T> {
  const { database, url } = await createScratchDatabase(name);
  try {
    return await work(url);
  } finally {
    await dropScratchDatabase(database);
  }
}
