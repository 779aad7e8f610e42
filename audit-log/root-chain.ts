import { createHash } from 'node:crypto';

/**
 * The chain of batch roots. Each batch of lines appended together gets a row in audit.chain_roots:
 * its lines (a range of seq), the root of their hash tree (merkle.ts), the time of its latest
 * line, and a hash over all that and the previous root's hash, signed with the audit key. The
 * roots are never purged, so a witness's copy of any root (audit:export-roots) stays checkable.
 */
export interface ChainRoot {
  seq: number;
  firstSeq: number;
  lastSeq: number;
  lineCount: number;
  latestOccurredAt: Date;
  root: string;
  prevHash: string;
  hash: string;
  keyId: string;
  signature: string;
}

export const GENESIS = '0'.repeat(64);

/** The hash that chains a root to the one before: over every fact of the batch, so none can change unseen. */
export function chainHash(root: Omit<ChainRoot, 'hash' | 'keyId' | 'signature'>): string {
  const facts = [root.prevHash, root.seq, root.firstSeq, root.lastSeq, root.lineCount, new Date(root.latestOccurredAt).toISOString(), root.root];
  return createHash('sha256').update(facts.join('|')).digest('hex');
}

/** What the audit key signs for a root: its chain hash, named as such. */
export const signedMessage = (hash: string) => `safe-home-hub:audit-root:${hash}`;
