import { DatabaseError } from 'pg';
import pino, { DestinationStream, stdSerializers } from 'pino';
import pretty from 'pino-pretty';

/**
 * How an error is logged. A PostgreSQL error only by its SQLSTATE, constraint and table: its
 * message, detail and query text carry the values it failed on (a national number in a unique
 * violation's detail, the text a caller sent).
 */
export function loggedError(value: unknown): unknown {
  if (value instanceof DatabaseError) return { type: 'DatabaseError', code: value.code, constraint: value.constraint, table: value.table };
  if (!(value instanceof Error) || value.cause === undefined) return stdSerializers.err(value as Error);
  return { type: value.name, message: value.message, stack: value.stack, cause: loggedError(value.cause) };
}

/**
 * Standard output as JSON lines (production, or not a terminal), or readable lines: LOG_FORMAT
 * (`json` or `pretty`) chooses; by default pretty on a terminal unless NODE_ENV is production.
 */
export const logFormat = () => process.env.LOG_FORMAT ?? (process.env.NODE_ENV !== 'production' && process.stdout.isTTY ? 'pretty' : 'json');

function standardOutput(): DestinationStream | undefined {
  const format = logFormat();
  if (format === 'json') return undefined;
  if (format !== 'pretty') throw new Error(`LOG_FORMAT must be "json" or "pretty", not "${format}"`);
  return pretty({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' });
}

/** A structured logger for the hub, on standard output unless given a destination; LOG_LEVEL sets its level (tests run it at "silent"). */
export const createLogger = (destination?: DestinationStream) =>
  pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'safe-home-hub' }, serializers: { err: loggedError, knex: loggedError } }, destination ?? standardOutput());

/** The hub's one logger, on standard output. */
export const logger = createLogger();
