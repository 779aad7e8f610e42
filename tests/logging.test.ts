import { createHash } from 'node:crypto';
import { RunningGateway, startGateway } from '../gateway/create-gateway';
import { gatewayOptionsFromEnv } from '../hub/gateway-options';
import { LIMB6024 } from '../seed/fixtures';
import { createLogger } from '../platform/logger';
import { testDatabaseUrl, useTestDatabase } from './support/database';
import { limburgPolice, postGraphQL, tokenFor, useTestHub } from './support/hub';
import { testIssuer } from './support/test-issuer';

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

describe('the request log', () => {
  const hub = useTestHub();
  const seeded = useTestDatabase();
  const { logger, lines } = capturedLogger();
  let gateway: RunningGateway;
  beforeAll(async () => {
    const { port: _port, ...options } = await gatewayOptionsFromEnv(Object.fromEntries(hub.hub().subgraphs.map((subgraph) => [subgraph.name, subgraph.graphqlUrl])), testDatabaseUrl(), process.env, testIssuer);
    gateway = await startGateway({ ...options, requestLog: logger }, 0);
  });
  afterAll(() => gateway?.close());
  beforeEach(() => {
    lines.length = 0;
  });

  /** The request lines written since the test began, once the response is done (it ends a moment after the caller has it). */
  async function requestLines() {
    for (let turn = 0; turn < 200 && !lines.length; turn += 1) await new Promise((done) => setTimeout(done, 5));
    return lines.map((line) => JSON.parse(line));
  }

  it('writes one line per request: who asked, for what, how it ended and how many records it disclosed; no variables, no answer', async () => {
    const query = 'query LoggedDossier($code: String!, $person: ID!) { dossier(code: $code) { code persons { person { id givenName familyName } } } person(id: $person) { familyName } }';
    const response = await postGraphQL(
      gateway.graphqlUrl,
      { query, variables: { code: LIMB6024.code, person: LIMB6024.victimId } },
      { authorization: `Bearer ${await tokenFor(limburgPolice())}` },
    );
    expect(response.body.errors).toBeUndefined();
    const logged = await requestLines();
    expect(logged).toHaveLength(1);
    const [line] = logged;
    const disclosed = await seeded()('audit.disclosures').where({ requestId: line.requestId }).whereNotNull('subjectId').countDistinct({ records: seeded().raw("subject_type || ':' || subject_id") });
    expect(line).toEqual({
      level: 30, time: expect.any(Number), service: 'safe-home-hub', msg: 'graphql request',
      requestId: expect.stringMatching(/^[\da-f-]{36}$/), traceId: expect.stringMatching(/^[\da-f]{32}$/),
      organisation: 'limburg-police', organisationType: 'POLICE', role: 'POLICE_LIAISON', purpose: 'CASE_CONSULTATION',
      // A token of no application, sending its own text: an ad-hoc document (TRUSTED_DOCUMENTS=allow), named by its hash, never by its text.
      application: null, documentId: `sha256:${createHash('sha256').update(query).digest('hex')}`, adHoc: true,
      operationName: 'LoggedDossier', status: 200, outcome: 'ok', durationMs: expect.any(Number), recordsDisclosed: disclosed[0].records,
    });
    expect(line.recordsDisclosed).toBe(5);
    const persons = response.body.data!.dossier.persons.map(({ person }: { person: Record<string, string> }) => person);
    for (const value of [LIMB6024.code, ...persons.flatMap((person: Record<string, string>) => Object.values(person))]) expect(lines[0]).not.toContain(value);
  });

  it('writes the line of a request refused before GraphQL too', async () => {
    const response = await postGraphQL(gateway.graphqlUrl, { query: '{ dossier(code: "LIMB6024") { code } }' });
    expect(response.status).toBe(401);
    const logged = await requestLines();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ status: 401, outcome: 'unauthenticated', recordsDisclosed: 0 });
    expect(logged[0].organisation).toBeUndefined();
  });
});
