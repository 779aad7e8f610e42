import { Knex } from 'knex';
import { auditPublicKeys, auditSigner } from './audit-key';
import { Disclosure, LineFacts, requestFactNames, RequestLines } from './disclosure';
import { requestLeaves } from './line-hash';
import { treeRoot } from './merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from './root-chain';

/**
 * Takes the chain's transaction-scoped lock (appends and purges take it, so each batch follows the
 * one before it) and reads the last root, in one round trip (audit.lock_chain, migration 005).
 */
export async function lockChain(trx: Knex.Transaction): Promise<Pick<ChainRoot, 'seq' | 'lastSeq' | 'hash' | 'keyId'> | undefined> {
  const { rows } = await trx.raw('SELECT * FROM audit.lock_chain()');
  return rows[0] && { seq: rows[0].seq, lastSeq: rows[0].last_seq, hash: rows[0].hash, keyId: rows[0].key_id };
}

/** The SQL types of a line's columns, by the names its writer gives them. */
const columnTypes: Record<keyof Disclosure, string> = {
  occurredAt: 'timestamptz', requestId: 'text', traceId: 'text', actorSubject: 'text', organisationId: 'text', role: 'text', purpose: 'text',
  operationName: 'text', documentHash: 'text', breakGlass: 'boolean', justification: 'text', hiddenUntil: 'date',
  kind: 'text', subjectType: 'text', subjectId: 'text', fields: 'jsonb', denied: 'jsonb', outcome: 'text',
};
const ownFacts = ['kind', 'subjectType', 'subjectId', 'denied', 'outcome'] as const;
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const definitions = (names: readonly (keyof Disclosure)[]) => names.map((name) => `"${name}" ${columnTypes[name]}`).join(', ');

/**
 * A request's lines made ready for a batch, once and outside any transaction: their leaf hashes,
 * the request's time, and their form for PostgreSQL as one JSON object — the request's facts once,
 * each distinct set of disclosed fields once (a page's persons mostly share one), each line with
 * its own facts, the index of its fields and its leaf hash.
 */
export interface PreparedLines {
  leaves: Buffer[];
  occurredAt: Date;
  json: string;
}

// PostgreSQL stores no NUL and no unpaired surrogate; JSON.stringify writes both as \u escapes (and a backslash as \\).
const unstorable = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/;

export function prepareRequest(entry: RequestLines): PreparedLines {
  const { leaves, fields } = requestLeaves(entry);
  const fieldSets: LineFacts['fields'][] = [];
  const setIndex = new Map<string, number>();
  const lines = entry.lines.map((line, i) => {
    let index = setIndex.get(fields[i]);
    if (index === undefined) {
      // Stored as hashed: an entry keeps only the keys its leaf hash covers (verify refuses any other).
      index = fieldSets.push(line.fields.map(({ field, category, rules, legalBasis }) => ({ field, category, rules, legalBasis }))) - 1;
      setIndex.set(fields[i], index);
    }
    const denied = line.denied.map(({ field, reason }) => ({ field, reason }));
    return { kind: line.kind, subjectType: line.subjectType, subjectId: line.subjectId, fieldSet: index, denied, outcome: line.outcome, leafHash: leaves[i].toString('hex') };
  });
  const json = JSON.stringify({ ...entry.request, fieldSets, lines });
  // Refused here, so that it fails its own request only, not every request of the batch it would join.
  if (json.includes('\\u') && unstorable.test(json)) throw new Error('a line of the disclosure log holds a NUL character or an unpaired surrogate, which it cannot store');
  return { leaves, occurredAt: entry.request.occurredAt, json };
}

// One statement per batch: the root's row and every line, numbered on from the chain's last in the order given.
const appendBatch = `
  WITH root AS (
    INSERT INTO audit.chain_roots (seq, first_seq, last_seq, line_count, latest_occurred_at, root, prev_hash, hash, key_id, signature)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
  INSERT INTO audit.disclosures (seq, ${[...requestFactNames, ...ownFacts, 'fields'].map(snake).join(', ')}, leaf_hash)
  SELECT ? + row_number() OVER (ORDER BY request.n, line.n) - 1, ${requestFactNames.map((fact) => `shared."${fact}"`).join(', ')},
    ${ownFacts.map((fact) => `line."${fact}"`).join(', ')}, shared."fieldSets"->line."fieldSet", line."leafHash"
  FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS request(facts, n)
  CROSS JOIN LATERAL jsonb_to_record(request.facts) AS shared(${definitions(requestFactNames)}, "fieldSets" jsonb)
  CROSS JOIN LATERAL ROWS FROM (jsonb_to_recordset(request.facts->'lines') AS (${definitions(ownFacts)}, "fieldSet" int, "leafHash" text))
    WITH ORDINALITY AS line(${ownFacts.map((fact) => `"${fact}"`).join(', ')}, "fieldSet", "leafHash", n)`;

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
  const leaves = prepared.flatMap((part) => part.leaves);
  if (!leaves.length) return;
  const signer = await auditSigner();
  const root = treeRoot(leaves).toString('hex');
  const latest = new Date(Math.max(...prepared.map((part) => part.occurredAt.getTime())));
  const requests = `[${prepared.map((part) => part.json).join(',')}]`;

  const last = await lockChain(trx);
  // A process started without the log's published keys (on a development key) would chain roots no verifier accepts, for good.
  if (last && !(await auditPublicKeys()).isPublished(last.keyId)) {
    throw new Error(`the disclosure log's last root is signed by the audit key "${last.keyId}", which AUDIT_PUBLIC_JWKS does not list: nothing is appended until the log's published keys are configured`);
  }
  const facts = { seq: (last?.seq ?? 0) + 1, firstSeq: (last?.lastSeq ?? (await purgedBeforeAnyRoot(trx))) + 1, lineCount: leaves.length, latestOccurredAt: latest, root, prevHash: last?.hash ?? GENESIS };
  const sealed = { ...facts, lastSeq: facts.firstSeq + leaves.length - 1 };
  const hash = chainHash(sealed);
  await trx.raw(appendBatch, [
    sealed.seq, sealed.firstSeq, sealed.lastSeq, sealed.lineCount, sealed.latestOccurredAt, root, sealed.prevHash, hash, signer.keyId, signer.sign(signedMessage(hash)),
    sealed.firstSeq, requests,
  ]);
}

/** Appends requests' lines as one batch inside the caller's transaction (a mutation's CHANGE lines, with its write). */
export const appendInTransaction = (trx: Knex.Transaction, ...entries: RequestLines[]): Promise<void> => appendPrepared(trx, entries.filter((entry) => entry.lines.length).map(prepareRequest));
