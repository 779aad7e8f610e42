import { createHash } from 'node:crypto';
import type { Disclosure } from './disclosure';
import { leafHashOf } from './merkle';

/** A line as read back from audit.disclosures: older lines logged no rules. */
export type LoggedLine = Omit<Disclosure, 'fields'> & { fields: { field: string; category: string; rules?: string[]; legalBasis: string[] }[] };

/** What the lines of one request share: hashed (and sent to PostgreSQL) once per request, not once per line. */
export const sharedFacts = ['occurredAt', 'requestId', 'traceId', 'actorSubject', 'organisationId', 'role', 'purpose', 'operationName', 'documentHash', 'breakGlass', 'justification', 'hiddenUntil'] as const;

export const sameShared = (a: LoggedLine, b: LoggedLine) =>
  sharedFacts.every((fact) => (fact === 'occurredAt' ? a.occurredAt.getTime() === b.occurredAt.getTime() : a[fact] === b[fact]));

const sharedDigest = (line: LoggedLine) =>
  createHash('sha256')
    .update(JSON.stringify(sharedFacts.map((fact) => (fact === 'occurredAt' ? line.occurredAt.toISOString() : line[fact]))))
    .digest('hex');

/**
 * What a line says of its own record, in a fixed positional form: it hashes the same when written
 * and when read back from jsonb (which reorders object keys), with no sorting.
 */
const ownContent = (line: LoggedLine) =>
  JSON.stringify([
    line.kind, line.subjectType, line.subjectId,
    line.fields.map((field) => [field.field, field.category, field.rules ?? null, field.legalBasis]),
    line.denied.map((denied) => [denied.field, denied.reason]),
    line.outcome,
  ]);

/**
 * The leaf hashes of lines, in order: each over all its line says (the shared facts by their
 * digest, computed once for a run of lines of one request).
 */
export function leafHashes(lines: LoggedLine[]): Buffer[] {
  let previous: LoggedLine | undefined;
  let digest = '';
  return lines.map((line) => {
    if (!previous || !sameShared(previous, line)) digest = sharedDigest(line);
    previous = line;
    return leafHashOf(`${digest}\n${ownContent(line)}`);
  });
}
