import { Knex } from 'knex';
import { auditPublicKeys, AuditPublicKeys } from './audit-key';
import { holdsOnlyWhatItsHashCovers, leafHashes, StoredLine } from './line-hash';
import { treeRoot } from './merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from './root-chain';
import { Checkpoint, checkpointMessage, latestPurgeCutoff } from './checkpoint';

/** A root a witness exported earlier (npm run audit:export-roots): the log must still extend it. */
export interface WitnessedRoot {
  seq: number;
  hash: string;
}

export interface VerifyResult {
  intact: boolean;
  /** Lines that hold, from the first kept. */
  lines: number;
  /** Signed roots that hold, from the first. */
  roots: number;
  /** The first line whose hash, batch, root or signature does not hold. */
  firstBroken?: { seq: number; reason: string };
}

/** A table's rows in seq order, read a page at a time, from the lowest there is: a row numbered 0 or below is seen, and refused. */
async function* inSeqOrder<T extends { seq: number }>(db: Knex, table: string, pageSize: number): AsyncGenerator<T> {
  let after: number | undefined;
  for (;;) {
    const page: T[] = await db(table).modify((query) => (after === undefined ? query : query.where('seq', '>', after))).orderBy('seq').limit(pageSize);
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].seq;
  }
}

/** The leaf hashes of a batch's lines, or the first line that cannot be read as one (a field that is no list, a time that is none). */
function leavesOf(batch: StoredLine[]): Buffer[] | StoredLine {
  try {
    return leafHashes(batch);
  } catch {
    return batch.find((line) => {
      try {
        leafHashes([line]);
        return false;
      } catch {
        return true;
      }
    })!;
  }
}

const latestCheckpoint = (db: Knex): Promise<Checkpoint | undefined> => db('audit.chain_checkpoints').whereNotNull('rootSeq').orderBy('rootSeq', 'desc').first();

/**
 * Checks the whole log: every root chained to the one before, hashed over its facts and signed by
 * a published audit key; every witnessed root still in the chain; every kept line hashed into its
 * batch's tree, no line missing from a batch and none outside one; lines missing only where a
 * signed purge checkpoint removed batches older than its cutoff.
 */
export function verifyLog(db: Knex, witness: WitnessedRoot[] = []): Promise<VerifyResult> {
  // One snapshot: lines and roots appended while it reads are not half seen.
  return db.transaction((trx) => verifySnapshot(trx, witness), { isolationLevel: 'repeatable read', readOnly: true });
}

async function verifySnapshot(db: Knex, witness: WitnessedRoot[]): Promise<VerifyResult> {
  const keys: AuditPublicKeys = await auditPublicKeys();
  const checkpoint = await latestCheckpoint(db);
  let lines = 0;
  let roots = 0;
  const broken = (seq: number, reason: string): VerifyResult => ({ intact: false, lines, roots, firstBroken: { seq, reason } });
  if (checkpoint && !keys.verify(checkpoint.keyId!, checkpointMessage(checkpoint), checkpoint.signature!)) {
    return broken(Number(checkpoint.seq), 'the checkpoint of the purge before it is not signed by the audit key');
  }
  // A key rotated out signed its checkpoints while it was current, so for a root it had signed by then, none after.
  const retiredAfter = checkpoint ? keys.lastRootOf(checkpoint.keyId!) : undefined;
  if (checkpoint && retiredAfter !== undefined && Number(checkpoint.rootSeq) > retiredAfter) {
    return broken(Number(checkpoint.seq), `the checkpoint of the purge before it is signed by a key retired after root ${retiredAfter}`);
  }
  // A cutoff no purge could have had: only the holder of a key could sign it, to pass recent lines off as purged.
  if (checkpoint && checkpoint.cutoff > latestPurgeCutoff(new Date())) {
    return broken(Number(checkpoint.seq), 'the checkpoint of the purge before it has a cutoff less than a year ago');
  }
  // Every hash a witness holds for a root must be the root's: a later export of the same root, rewritten, overrules none.
  const witnessed = new Map<number, string[]>();
  for (const root of witness) witnessed.set(Number(root.seq), [...(witnessed.get(Number(root.seq)) ?? []), root.hash]);
  const kept = inSeqOrder<StoredLine>(db, 'audit.disclosures', 5000);
  let next = await kept.next();
  let prevHash = GENESIS;
  let lastSeq = 0;

  for await (const root of inSeqOrder<ChainRoot>(db, 'audit.chain_roots', 1000)) {
    const seq = root.firstSeq;
    if (root.seq !== roots + 1) return broken(seq, `root ${roots + 1} of the chain is missing`);
    if (root.prevHash !== prevHash) return broken(seq, "its batch's root does not link to the root before");
    if (chainHash(root) !== root.hash) return broken(seq, "its batch's root does not match its hash");
    if (!keys.verify(root.keyId, signedMessage(root.hash), root.signature)) return broken(seq, "its batch's root is not signed by a published audit key");
    const lastRoot = keys.lastRootOf(root.keyId);
    if (lastRoot !== undefined && root.seq > lastRoot) return broken(seq, `its batch's root is signed by a key retired after root ${lastRoot}`);
    if (witnessed.get(root.seq)?.some((hash) => hash !== root.hash)) return broken(seq, `the log no longer extends root ${root.seq} as a witness holds it`);
    // The checkpoint is this log's: signed for the root it names, not for a root of the same number in another log under the same key.
    if (checkpoint && root.seq === Number(checkpoint.rootSeq) && (root.hash !== checkpoint.hash || root.lastSeq !== Number(checkpoint.seq))) {
      return broken(seq, 'the checkpoint of the purge before it names another root');
    }

    const batch: StoredLine[] = [];
    for (; !next.done && next.value.seq <= root.lastSeq; next = await kept.next()) {
      if (next.value.seq < root.firstSeq) return broken(next.value.seq, 'it is sealed by no root of the chain');
      batch.push(next.value);
    }
    if (checkpoint && root.seq <= Number(checkpoint.rootSeq)) {
      if (root.latestOccurredAt >= checkpoint.cutoff) return broken(seq, 'its batch is newer than the cutoff of the purge that removed it');
      if (batch.length) return broken(batch[0].seq, 'it belongs to a batch that was purged');
    } else {
      const leaves = leavesOf(batch);
      if (!Array.isArray(leaves)) return broken(leaves.seq, 'it cannot be read as a line of the log');
      const uncovered = batch.findIndex((line) => !holdsOnlyWhatItsHashCovers(line));
      if (uncovered >= 0) return { ...broken(batch[uncovered].seq, 'it holds more than its hash covers'), lines: lines + uncovered };
      const changed = leaves.findIndex((leaf, i) => leaf.toString('hex') !== batch[i].leafHash);
      if (changed >= 0) return { ...broken(batch[changed].seq, 'its content does not match its hash'), lines: lines + changed };
      if (batch.length !== root.lineCount) return broken(seq, `its batch holds ${batch.length} line(s) where its root sealed ${root.lineCount}`);
      if (treeRoot(leaves).toString('hex') !== root.root) return broken(seq, "its batch's lines do not match the batch's root");
      lines += batch.length;
    }
    prevHash = root.hash;
    lastSeq = root.lastSeq;
    roots += 1;
  }
  if (!next.done) return broken(next.value.seq, 'it is sealed by no root of the chain');
  if (checkpoint && roots < Number(checkpoint.rootSeq)) return broken(lastSeq + 1, `the log ends before root ${checkpoint.rootSeq}, which the checkpoint of a purge names`);
  const beyond = [...witnessed.keys()].filter((seq) => seq > roots);
  if (beyond.length) return broken(lastSeq + 1, `the log ends before root ${Math.min(...beyond)}, which a witness holds`);
  return { intact: true, lines, roots };
}
