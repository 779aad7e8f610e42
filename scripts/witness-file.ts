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
    .filter((line) => line.trim())
    .map((line, index) => {
      const root = JSON.parse(line);
      if (!Number.isInteger(root.seq) || typeof root.hash !== 'string') throw new Error(`${file}, line ${index + 1}: not a witnessed root (seq and hash)`);
      return { seq: root.seq, hash: root.hash };
    });
}

export function witnessLine(root: ChainRoot, exportedAt = new Date()): string {
  return JSON.stringify({ seq: root.seq, hash: root.hash, lastSeq: root.lastSeq, keyId: root.keyId, signature: root.signature, exportedAt: exportedAt.toISOString() });
}

export const appendWitness = (file: string, line: string) => appendFileSync(file, `${line}\n`);
