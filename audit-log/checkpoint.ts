/**
 * A purge's checkpoint in audit.chain_checkpoints: the last root whose batch was purged (and its
 * last line), how many lines went, and the cutoff they were all older than, signed with the audit
 * key so that no one can pass a deletion off as a purge. Checkpoints of the first chain (before the
 * log had roots) name no root.
 */
export interface Checkpoint {
  seq: number;
  hash: string;
  rootSeq: number | null;
  purgedLines: number;
  cutoff: Date;
  keyId: string | null;
  signature: string | null;
}

export const checkpointMessage = (checkpoint: Pick<Checkpoint, 'rootSeq' | 'seq' | 'hash' | 'purgedLines' | 'cutoff'>) =>
  `safe-home-hub:audit-purge:${[checkpoint.rootSeq, checkpoint.seq, checkpoint.hash, checkpoint.purgedLines, checkpoint.cutoff.toISOString()].join('|')}`;

/** No purge keeps less than a year of the log: the triggers of audit/003 refuse a DELETE with a later cutoff, and verify a checkpoint with one. */
export const MIN_RETENTION_YEARS = 1;

/** The same moment `years` earlier; 29 February becomes the 28th, as PostgreSQL's `- interval 'N years'` has it (JavaScript would roll to 1 March). */
export function yearsBefore(now: Date, years: number): Date {
  const day = Math.min(now.getUTCDate(), new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth() + 1, 0)).getUTCDate());
  return new Date(Date.UTC(now.getUTCFullYear() - years, now.getUTCMonth(), day, now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds()));
}

export const latestPurgeCutoff = (now: Date): Date => yearsBefore(now, MIN_RETENTION_YEARS);
