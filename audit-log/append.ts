import { Knex } from 'knex';
import { auditSigner } from './audit-key';
import type { Disclosure } from './disclosure';
import { leafHashes } from './line-hash';
import { treeRoot } from './merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from './root-chain';

// One chain: appends and purges take this transaction-scoped lock, so each batch follows the one before it.
export const CHAIN_LOCK = 458_2024;

/** The columns of a line as its writer names them, and their SQL types: the lines travel as one JSON parameter. */
const lineColumns: [keyof Disclosure, string][] = [
  ['occurredAt', 'timestamptz'], ['requestId', 'text'], ['traceId', 'text'], ['actorSubject', 'text'], ['organisationId', 'text'],
  ['role', 'text'], ['purpose', 'text'], ['operationName', 'text'], ['documentHash', 'text'], ['kind', 'text'], ['subjectType', 'text'],
  ['subjectId', 'text'], ['fields', 'jsonb'], ['denied', 'jsonb'], ['outcome', 'text'], ['breakGlass', 'boolean'], ['justification', 'text'],
  ['hiddenUntil', 'date'],
];
const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

// One statement per batch: the root's row and every line, the lines numbered on from the chain's last.
const appendBatch = `
  WITH root AS (
    INSERT INTO audit.chain_roots (seq, first_seq, last_seq, line_count, latest_occurred_at, root, prev_hash, hash, key_id, signature)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))
  INSERT INTO audit.disclosures (seq, ${lineColumns.map(([name]) => snake(name)).join(', ')}, leaf_hash)
  SELECT ? + line.n - 1, ${lineColumns.map(([name]) => `line."${name}"`).join(', ')}, line.leaf_hash
  FROM ROWS FROM (
    json_to_recordset(?::json) AS (${lineColumns.map(([name, type]) => `"${name}" ${type}`).join(', ')}),
    unnest(?::text[])
  ) WITH ORDINALITY AS line(${lineColumns.map(([name]) => `"${name}"`).join(', ')}, leaf_hash, n)`;

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
  const linesJson = JSON.stringify(lines);
  const leafHexes = leaves.map((leaf) => leaf.toString('hex'));

  await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const last: Pick<ChainRoot, 'seq' | 'lastSeq' | 'hash'> | undefined = await trx('audit.chain_roots').select('seq', 'lastSeq', 'hash').orderBy('seq', 'desc').first();
  const facts = { seq: (last?.seq ?? 0) + 1, firstSeq: (last?.lastSeq ?? (await purgedBeforeAnyRoot(trx))) + 1, lineCount: lines.length, latestOccurredAt: latest, root, prevHash: last?.hash ?? GENESIS };
  const sealed = { ...facts, lastSeq: facts.firstSeq + lines.length - 1 };
  const hash = chainHash(sealed);
  await trx.raw(appendBatch, [
    sealed.seq, sealed.firstSeq, sealed.lastSeq, sealed.lineCount, sealed.latestOccurredAt, root, sealed.prevHash, hash, signer.keyId, signer.sign(signedMessage(hash)),
    sealed.firstSeq, linesJson, leafHexes,
  ]);
}
