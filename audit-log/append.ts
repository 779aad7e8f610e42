import { Knex } from 'knex';
import { auditSigner } from './audit-key';
import type { Disclosure } from './disclosure';
import { leafHashes, sameShared, sharedFacts } from './line-hash';
import { treeRoot } from './merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from './root-chain';

// One chain: appends and purges take this transaction-scoped lock, so each batch follows the one before it.
export const CHAIN_LOCK = 458_2024;

/** The SQL types of a line's columns, by the names its writer gives them. */
const columnTypes: Record<keyof Disclosure, string> = {
  occurredAt: 'timestamptz', requestId: 'text', traceId: 'text', actorSubject: 'text', organisationId: 'text', role: 'text', purpose: 'text',
  operationName: 'text', documentHash: 'text', breakGlass: 'boolean', justification: 'text', hiddenUntil: 'date',
  kind: 'text', subjectType: 'text', subjectId: 'text', fields: 'jsonb', denied: 'jsonb', outcome: 'text',
};
const ownFacts = ['kind', 'subjectType', 'subjectId', 'fields', 'denied', 'outcome'] as const;
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
const definitions = (names: readonly (keyof Disclosure)[]) => names.map((name) => `"${name}" ${columnTypes[name]}`).join(', ');

/** The lines as they travel to PostgreSQL: one entry per request (its shared facts once), each with its own lines and their leaf hashes. */
function requestsParameter(lines: Disclosure[], leafHexes: string[]): string {
  const requests: Record<string, unknown>[] = [];
  let own: Record<string, unknown>[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || !sameShared(lines[i - 1], line)) {
      own = [];
      requests.push({ ...Object.fromEntries(sharedFacts.map((fact) => [fact, line[fact]])), lines: own });
    }
    own.push({ kind: line.kind, subjectType: line.subjectType, subjectId: line.subjectId, fields: line.fields, denied: line.denied, outcome: line.outcome, leafHash: leafHexes[i] });
  });
  return JSON.stringify(requests);
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
 * Appends lines to the chain inside the caller's transaction, as one batch: they commit or roll
 * back with it. The batch's hash tree is built before the chain lock is taken; under it, the
 * batch is numbered, chained to the last root, signed and written in one statement. The lock is
 * held until the transaction ends, so call this as late as possible.
 */
export async function appendInTransaction(trx: Knex.Transaction, lines: Disclosure[]): Promise<void> {
  if (!lines.length) return;
  const signer = await auditSigner();
  const leaves = leafHashes(lines);
  const root = treeRoot(leaves).toString('hex');
  let latest = lines[0].occurredAt;
  for (const line of lines) if (line.occurredAt > latest) latest = line.occurredAt;
  const requests = requestsParameter(lines, leaves.map((leaf) => leaf.toString('hex')));

  await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const last: Pick<ChainRoot, 'seq' | 'lastSeq' | 'hash'> | undefined = await trx('audit.chain_roots').select('seq', 'lastSeq', 'hash').orderBy('seq', 'desc').first();
  const facts = { seq: (last?.seq ?? 0) + 1, firstSeq: (last?.lastSeq ?? (await purgedBeforeAnyRoot(trx))) + 1, lineCount: lines.length, latestOccurredAt: latest, root, prevHash: last?.hash ?? GENESIS };
  const sealed = { ...facts, lastSeq: facts.firstSeq + lines.length - 1 };
  const hash = chainHash(sealed);
  await trx.raw(appendBatch, [
    sealed.seq, sealed.firstSeq, sealed.lastSeq, sealed.lineCount, sealed.latestOccurredAt, root, sealed.prevHash, hash, signer.keyId, signer.sign(signedMessage(hash)),
    sealed.firstSeq, requests,
  ]);
}
