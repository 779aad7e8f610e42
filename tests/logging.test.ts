import { LIMB6024 } from '../seed/fixtures';
import { createLogger } from '../platform/logger';
import { useTestDatabase } from './support/database';

const db = useTestDatabase('casework');

/** What the hub's logger writes, line by line, at every level. */
function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({ write: (line: string) => void lines.push(line) });
  logger.level = 'trace';
  return { logger, lines };
}

/** A real unique violation from PostgreSQL: its detail carries the key that clashed (a person's id). */
async function uniqueViolation() {
  const value = LIMB6024.victimId;
  const error = await db()('persons.persons')
    .insert({ id: value, givenName: 'Saar', familyName: 'Testgezin-log', birthDate: '1990-01-01', nationalNumber: '90.01.01-123.00' })
    .then(() => undefined, (failure: Error) => failure);
  expect(JSON.stringify({ ...error, message: error?.message })).toContain(value);
  return { error: error!, value };
}

describe('the log', () => {
  it('names a PostgreSQL error by its SQLSTATE, constraint and table, never by its message, detail or query, which carry the values', async () => {
    const { error, value } = await uniqueViolation();
    const { logger, lines } = capturedLogger();
    logger.error({ err: error, path: ['referFamily'] }, 'unexpected error in resolver');
    logger.fatal({ err: new Error('the disclosure could not be written', { cause: error }) }, 'DISCLOSURE LOG WRITE FAILED');
    logger.error({ knex: error });

    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(value);
      expect(line).not.toMatch(/Key \(|already exists|insert into|values/i);
    }
    expect(JSON.parse(lines[0]).err).toEqual({ type: 'DatabaseError', code: '23505', constraint: 'persons_pkey', table: 'persons' });
    expect(JSON.parse(lines[1]).err.cause).toEqual(JSON.parse(lines[0]).err);
    expect(JSON.parse(lines[2]).knex).toEqual(JSON.parse(lines[0]).err);
  });

  it('keeps every other error whole: message and stack', () => {
    const { logger, lines } = capturedLogger();
    logger.error({ err: new Error('a bug in the hub') }, 'unexpected');
    expect(JSON.parse(lines[0]).err).toMatchObject({ type: 'Error', message: 'a bug in the hub', stack: expect.stringContaining('logging.test.ts') });
  });
});
