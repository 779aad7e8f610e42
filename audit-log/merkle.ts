import { hash } from 'node:crypto';

/**
 * The hash tree over one batch of log lines, as RFC 6962 (Certificate Transparency) defines it:
 * leaves and inner nodes hashed with different prefixes, so a leaf can never pass for a node, and
 * a tree of n leaves split at the largest power of two below n. A line is proven by the hashes on
 * its path to the root (its audit path); the roots themselves are chained and signed (root-chain.ts).
 */
const NODE = Buffer.from([1]);

export const leafHashOf = (content: string): Buffer => hash('sha256', `\u0000${content}`, 'buffer');
const nodeHash = (left: Buffer, right: Buffer) => hash('sha256', Buffer.concat([NODE, left, right]), 'buffer');

/** The largest power of two smaller than n (n > 1). */
const split = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

/** The root over the leaves' hashes, in their order. */
export function treeRoot(leaves: Buffer[]): Buffer {
  if (!leaves.length) throw new Error('a batch has at least one line');
  // Bottom-up, pairing neighbours and carrying an odd last node up unchanged: the same tree as RFC 6962's recursive split.
  let level = leaves;
  while (level.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? nodeHash(level[i], level[i + 1]) : level[i]);
    level = next;
  }
  return level[0];
}

/** The audit path of leaf `index`: the sibling hashes from the leaf up to the root (RFC 6962 §2.1.1). */
export function auditPath(leaves: Buffer[], index: number): Buffer[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return index < k
    ? [...auditPath(leaves.slice(0, k), index), treeRoot(leaves.slice(k))]
    : [...auditPath(leaves.slice(k), index - k), treeRoot(leaves.slice(0, k))];
}

/** The root a leaf and its audit path lead to (RFC 9162 §2.1.3.2); compare it with the signed root. */
export function rootFromPath(leaf: Buffer, index: number, size: number, path: Buffer[]): Buffer {
  if (index < 0 || index >= size) throw new Error('the leaf is not in the tree');
  let fn = index;
  let sn = size - 1;
  let hash = leaf;
  for (const sibling of path) {
    if (sn === 0) throw new Error('the audit path is longer than the tree is deep');
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn >>= 1;
        sn >>= 1;
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn >>= 1;
    sn >>= 1;
  }
  if (sn !== 0) throw new Error('the audit path is shorter than the tree is deep');
  return hash;
}
