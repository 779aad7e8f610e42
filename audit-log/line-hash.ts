import { createHash } from 'node:crypto';
import { Disclosure, requestFactNames, RequestFacts, RequestLines } from './disclosure';
import { leafHashOf } from './merkle';

/** A line as read back from audit.disclosures: older lines logged no rules. */
export type LoggedLine = Omit<Disclosure, 'fields'> & { fields: { field: string; category: string; rules?: string[]; legalBasis: string[] }[] };

/** A row of audit.disclosures: the line, its place in the log and its leaf hash. */
export type StoredLine = LoggedLine & { seq: number; leafHash: string };

// What the lines of one request share is hashed once per request, not once per line.
const sameRequest = (a: RequestFacts, b: RequestFacts) =>
  requestFactNames.every((fact) => (fact === 'occurredAt' ? a.occurredAt.getTime() === b.occurredAt.getTime() : a[fact] === b[fact]));

const requestDigest = (request: RequestFacts) =>
  createHash('sha256')
    .update(JSON.stringify(requestFactNames.map((fact) => (fact === 'occurredAt' ? request.occurredAt.toISOString() : request[fact]))))
    .digest('hex');

type OwnFacts = Omit<LoggedLine, keyof RequestFacts>;

/** A line's disclosed fields in a fixed positional form: the same written and read back from jsonb (which reorders keys), with no sorting. */
const fieldsContent = (fields: OwnFacts['fields']) => JSON.stringify(fields.map((field) => [field.field, field.category, field.rules ?? null, field.legalBasis]));

const coveredFieldKeys = new Set(['field', 'category', 'rules', 'legalBasis']);
const coveredDeniedKeys = new Set(['field', 'reason']);

/** Whether a line read back holds nothing its leaf hash does not cover (an entry of its fields or refusals with a key of its own). */
export const holdsOnlyWhatItsHashCovers = (line: LoggedLine): boolean =>
  line.fields.every((field) => Object.keys(field).every((key) => coveredFieldKeys.has(key))) &&
  line.denied.every((denied) => Object.keys(denied).every((key) => coveredDeniedKeys.has(key)));

/** What a line says of its own record, positionally: [kind, subjectType, subjectId, fields, denied, outcome] as JSON, its fields given already in their form. */
const ownContent = (line: OwnFacts, fields: string) =>
  `[${JSON.stringify(line.kind)},${JSON.stringify(line.subjectType)},${JSON.stringify(line.subjectId)},${fields},${JSON.stringify(line.denied.map((denied) => [denied.field, denied.reason]))},${JSON.stringify(line.outcome)}]`;

const leafOf = (digest: string, line: OwnFacts, fields: string) => leafHashOf(`${digest}\n${ownContent(line, fields)}`);

/** The leaf hashes of one request's lines, and each line's fields in their positional form (which the writer reuses to send each distinct set once). */
export function requestLeaves({ request, lines }: RequestLines): { leaves: Buffer[]; fields: string[] } {
  const digest = requestDigest(request);
  const fields = lines.map((line) => fieldsContent(line.fields));
  return { leaves: lines.map((line, i) => leafOf(digest, line, fields[i])), fields };
}

/** The leaf hashes of lines read back from the log, in order (a run of lines of one request shares its digest). */
export function leafHashes(lines: LoggedLine[]): Buffer[] {
  let previous: LoggedLine | undefined;
  let digest = '';
  return lines.map((line) => {
    if (!previous || !sameRequest(previous, line)) digest = requestDigest(line);
    previous = line;
    return leafOf(digest, line, fieldsContent(line.fields));
  });
}
