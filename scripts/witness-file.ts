import { appendFileSync, readFileSync } from 'node:fs';
import { WitnessedRoot } from '../audit-log/verify';
import { ChainRoot } from '../audit-log/root-chain';

/**
 * A witness file: JSON lines, one per export, each a root of the disclosure log's chain as it was
 * then (its place, hash and signature). Kept outside the database (another system, a printout, a
 * partner), it proves later that the log still extends what it was.
 */
export function readWitness(file: string): WitnessedRoot[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (!line.trim()) return [];
      const root = parsed(line);
      // Roots are numbered from 1: a witness of root 0 or below would be a check that checks nothing.
      if (!Number.isSafeInteger(root?.seq) || (root!.seq as number) < 1 || typeof root!.hash !== 'string') throw new Error(`${file}, line ${index + 1}: not a witnessed root (seq and hash)`);
      return [{ seq: root!.seq as number, hash: root!.hash }];
    });
}

function parsed(line: string): { seq?: unknown; hash?: unknown } | null {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

export function witnessLine(root: ChainRoot, exportedAt = new Date()): string {
  return JSON.stringify({ seq: root.seq, hash: root.hash, lastSeq: root.lastSeq, keyId: root.keyId, signature: root.signature, exportedAt: exportedAt.toISOString() });
}

export const appendWitness = (file: string, line: string) => appendFileSync(file, `${line}\n`);
