import knex, { Knex } from 'knex';
import pg from 'pg';
import { observeDatabase } from './database-telemetry';
import { logger } from './logger';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// COUNT(*) and SUM() are bigint/numeric; our counts fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camelCase = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

// Each column name is camel-cased once per process, not once per row: the names are the schema's
// columns and the queries' aliases, a few hundred at most.
const camelNames = new Map<string, string>();

function camelName(column: string): string {
  let name = camelNames.get(column);
  if (name === undefined) {
    name = camelCase(column);
    camelNames.set(column, name);
  }
  return name;
}

function camelCaseKeys(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(camelCaseKeys);
  if (result && typeof result === 'object' && result.constructor === Object) {
    const row: Record<string, unknown> = {};
    for (const column of Object.keys(result)) row[camelName(column)] = (result as Record<string, unknown>)[column];
    return row;
  }
  return result;
}

let statements = 0;

/** SQL statements sent by every database handle of this process (used to prove the N+1 bound). */
export function sqlStatementCount(): number {
  return statements;
}

export interface DatabaseOptions {
  /** Open every transaction read-only: for the statistics subgraph, which must never write. */
  readOnly?: boolean;
  poolMax?: number;
  /** Cancel any statement running longer (a subgraph's: the gateway gave up on it at its request's deadline). */
  statementTimeoutMs?: number;
  /** The pool's name in metrics and traces (a subgraph's, the gateway's); default "hub". */
  name?: string;
}

/**
 * One knex handle on the hub's PostgreSQL database. Code speaks camelCase, the database snake_case;
 * the mapping happens here so repositories read like the domain.
 */
export function createDatabase(connectionString: string, options: DatabaseOptions = {}): Knex {
  const db = knex({
    client: 'pg',
    connection: {
      connectionString,
      connectionTimeoutMillis: 5000,
      // ISO dates whatever the server's or database's DateStyle: the type parsers read them so.
      options: [
        '-c datestyle=ISO,MDY',
        ...(options.readOnly ? ['-c default_transaction_read_only=on'] : []),
        ...(options.statementTimeoutMs ? [`-c statement_timeout=${options.statementTimeoutMs}`] : []),
      ].join(' '),
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    acquireConnectionTimeout: 5000,
    log: {
      warn: (message: unknown) => logger.warn({ knex: message }),
      error: (message: unknown) => logger.error({ knex: message }),
      deprecate: (message: unknown) => logger.warn({ knex: message }),
      debug: (message: unknown) => logger.debug({ knex: message }),
    },
    wrapIdentifier: (value, origImpl) => origImpl(value === '*' ? value : snakeCase(value)),
    postProcessResponse: (result) => camelCaseKeys(result),
  });
  db.on('query', () => {
    statements += 1;
  });
  observeDatabase(db, options.name ?? 'hub');
  return db;
}

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', '57P01', '57P03', '53300']);

/** True when an error means the database cannot be reached, rather than a fault in a query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, name, message } = error as { code?: string; name?: string; message?: string };
  if (code && unavailableCodes.has(code)) return true;
  if (name === 'KnexTimeoutError') return true;
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message ?? '');
}
