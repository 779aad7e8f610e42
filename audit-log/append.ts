import { Knex } from 'knex';
import { auditSigner } from './audit-key';
import type { Disclosure } from './disclosure';
import { leafHashes, sameShared, sharedFacts } from './line-hash';
import { treeRoot } from './merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from './root-chain';

/**
 * Takes the chain's transaction-scoped lock (appends and purges take it, so each batch follows the
 * one before it) and reads the last root, in one round trip (audit.lock_chain, migration 005).
 */
export async function lockChain(trx: Knex.Transaction): Promise<Pick<ChainRoot, 'seq' | 'lastSeq' | 'hash'> | undefined> {
  const { rows } = await trx.raw('SELECT * FROM audit.lock_chain()');
  return rows[0] && { seq: rows[0].seq, lastSeq: rows[0].last_seq, hash: rows[0].hash };
}

/** The SQL types of a line's columns, by the names its writer gives them. */
const columnTypes: Record<keyof Disclosure, string> = {
  occurredAt: 'timestamptz', requestId: 'text', traceId: 'text', actorSubject: 'text', organisationId: 'text', role: 'text', purpose: 'text',
  operationName: 'text', documentHash: 'text', breakGlass: 'boolean', justification: 'text', hiddenUntil: 'date',
  kind: 'text', subjectType: 'text', subjectId: 'text', fields: 'jsonb', denied: 'jsonb', outcome: 'text',
};
const ownFacts = ['kind', 'subjectType', 'subjectId', 'fields', 'denied', 'outcome'] as const;
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const definitions = (names: readonly (keyof Disclosure)[]) => names.map((name) => `"${name}" ${columnTypes[name]}`).join(', ');

/**
 * Lines made ready for a batch, once and outside any transaction: their leaf hashes, their latest
 * time, and their form for PostgreSQL (one entry per request, its shared facts once, each line
 * with its own facts and leaf hash), as JSON array items.
 */
export interface PreparedLines {
  leaves: Buffer[];
  latest: Date;
  requestsJson: string;
}

// PostgreSQL stores no NUL and no unpaired surrogate; JSON.stringify writes both as \u escapes (and a backslash as \\).
const unstorable = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

export function prepareLines(lines: Disclosure[]): PreparedLines {
  const leaves = leafHashes(lines);
  const requests: Record<string, unknown>[] = [];
  let own: Record<string, unknown>[] = [];
  let latest = lines[0].occurredAt;
  lines.forEach((line, i) => {
    if (i === 0 || !sameShared(lines[i - 1], line)) {
      own = [];
      requests.push({ ...Object.fromEntries(sharedFacts.map((fact) => [fact, line[fact]])), lines: own });
    }
    own.push({ kind: line.kind, subjectType: line.subjectType, subjectId: line.subjectId, fields: line.fields, denied: line.denied, outcome: line.outcome, leafHash: leaves[i].toString('hex') });
    if (line.occurredAt > latest) latest = line.occurredAt;
  });
  const requestsJson = JSON.stringify(requests).slice(1, -1);
  // Refused here, so that it fails its own request only, not every request of the batch it would join.
  if (requestsJson.includes('\\u') && unstorable.test(requestsJson)) throw new Error('a line of the disclosure log holds a NUL character or an unpaired surrogate, which it cannot store');
  return { leaves, latest, requestsJson };
}

// One statement per batch: the root's row and every line, numbered on from the chain's last in the order given.
const appendBatch = `
  WITH root AS (
    INSERT INTO audit.chain_roots (seq, first_seq, last_seq, line_count, latest_occurred_at, root, prev_hash, hash, key_id, signature)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
  INSERT INTO audit.disclosures (seq, ${[...sharedFacts, ...ownFacts].map(snake).join(', ')}, leaf_hash)
  SELECT ? + row_number() OVER (ORDER BY request.n, line.n) - 1, ${[...sharedFacts.map((fact) => `shared."${fact}"`), ...ownFacts.map((fact) => `line."${fact}"`)].join(', ')}, line."leafHash"
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS request(facts, n)
  CROSS JOIN LATERAL jsonb_to_record(request.facts) AS shared(${definitions(sharedFacts)})
  CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(request.facts->'lines') AS (${definitions(ownFacts)}, "leafHash" text))
    WITH ORDINALITY AS line(${ownFacts.map((fact) => `"${fact}"`).join(', ')}, "leafHash", n)`;

/** The first chain's last purged line, when lines were purged before the log had roots (then numbering goes on from it). */
async function purgedBeforeAnyRoot(trx: Knex.Transaction): Promise<number> {
  const [{ seq }] = await trx('audit.chain_checkpoints').max({ seq: 'seq' });
  return Number(seq ?? 0);
}

/**
 * Appends prepared lines to the chain inside the caller's transaction, as one batch: they commit
 * or roll back with it. The batch's tree root is computed before the chain lock is taken; under
 * it, the batch is numbered, chained to the last root, signed and written in one statement. The
 * lock is held until the transaction ends, so call this as late as possible.
 */
export async function appendPrepared(trx: Knex.Transaction, prepared: PreparedLines[]): Promise<void> {
  const leaves = prepared.length === 1 ? prepared[0].leaves : prepared.flatMap((part) => part.leaves);
  if (!leaves.length) return;
  const signer = await auditSigner();
  const root = treeRoot(leaves).toString('hex');
  const latest = new Date(Math.max(...prepared.map((part) => part.latest.getTime())));
  const requests = `[${prepared.map((part) => part.requestsJson).join(',')}]`;

  const last = await lockChain(trx);
  const facts = { seq: (last?.seq ?? 0) + 1, firstSeq: (last?.lastSeq ?? (await purgedBeforeAnyRoot(trx))) + 1, lineCount: leaves.length, latestOccurredAt: latest, root, prevHash: last?.hash ?? GENESIS };
  const sealed = { ...facts, lastSeq: facts.firstSeq + leaves.length - 1 };
  const hash = chainHash(sealed);
  await trx.raw(appendBatch, [
    sealed.seq, sealed.firstSeq, sealed.lastSeq, sealed.lineCount, sealed.latestOccurredAt, root, sealed.prevHash, hash, signer.keyId, signer.sign(signedMessage(hash)),
    sealed.firstSeq, requests,
  ]);
}

/** Appends lines as one batch inside the caller's transaction (a mutation's CHANGE lines, with its write). */
export const appendInTransaction = (trx: Knex.Transaction, lines: Disclosure[]): Promise<void> =>
  lines.length ? appendPrepared(trx, [prepareLines(lines)]) : Promise.resolve();
