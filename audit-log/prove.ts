import { Knex } from 'knex';
import { AuditPublicKeys } from './audit-key';
import { LoggedLine, leafHashes, StoredLine } from './line-hash';
import { auditPath, rootFromPath } from './merkle';
import { chainHash, ChainRoot, signedMessage } from './root-chain';

/** Proof that a line is in the log as it reads: its leaf, its audit path to its batch's root, and that root as chained and signed. */
export interface LineProof {
  seq: number;
  leafIndex: number;
  path: string[];
  root: ChainRoot;
}

/** The proof of the line `seq` (null when there is no such line, or it was purged). */
export async function proveLine(db: Knex, seq: number): Promise<{ line: LoggedLine; proof: LineProof } | null> {
  const root: ChainRoot | undefined = await db('audit.chain_roots').where('firstSeq', '<=', seq).andWhere('lastSeq', '>=', seq).first();
  if (!root) return null;
  const batch: StoredLine[] = await db('audit.disclosures').whereBetween('seq', [root.firstSeq, root.lastSeq]).orderBy('seq');
  const leafIndex = batch.findIndex((line) => line.seq === seq);
  if (leafIndex < 0) return null;
  const { seq: _seq, leafHash: _leafHash, ...line } = batch[leafIndex];
  return { line, proof: { seq, leafIndex, path: auditPath(leafHashes(batch), leafIndex).map((hash) => hash.toString('hex')), root } };
}

/** Whether the line, as given, is the one the proof's signed root holds at its place. */
export function checkProof(line: LoggedLine, proof: LineProof, keys: AuditPublicKeys): boolean {
  const { root } = proof;
  try {
    const computed = rootFromPath(leafHashes([line])[0], proof.leafIndex, root.lineCount, proof.path.map((hash) => Buffer.from(hash, 'hex')));
    return computed.toString('hex') === root.root && chainHash(root) === root.hash && keys.verify(root.keyId, signedMessage(root.hash), root.signature);
  } catch {
    return false;
  }
}
