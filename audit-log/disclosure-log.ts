import { Knex } from 'knex';
import { appendPrepared, lockChain, prepareRequest, PreparedLines } from './append';
import { auditSigner } from './audit-key';
import { checkpointMessage, MIN_RETENTION_YEARS, yearsBefore } from './checkpoint';
import type { RequestLines } from './disclosure';
import { ChainRoot } from './root-chain';
import { verifyLog, VerifyResult, WitnessedRoot } from './verify';

export interface AuditLog {
  /** Resolves once the request's lines are committed (with those of the requests batched with it). */
  append(entry: RequestLines): Promise<void>;
  /** Checks every line, root and signature, and that the log still extends the roots a witness holds. */
  verify(witness?: WitnessedRoot[]): Promise<VerifyResult>;
  /** The latest root, for a witness to keep outside the database (npm run audit:export-roots). */
  head(): Promise<ChainRoot | null>;
  /** Purges the batches whose lines are all older than the retention period, as a prefix of the chain, behind a signed checkpoint. */
  purgeOlderThan(years: number, now?: Date): Promise<{ purged: number; cutoff: Date }>;
}

interface Pending {
  prepared: PreparedLines;
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The append-only disclosure log in audit.disclosures, sealed batch by batch under signed, chained
 * roots (audit.chain_roots). Appends of concurrent requests are committed together (group commit):
 * one transaction and one batch per flush, and each request waits until its own lines are
 * committed, so a response is never released before its disclosure is on disk, and a failed write
 * fails every request in that batch.
 */
export function createAuditLog(db: Knex): AuditLog & { close(): Promise<void> } {
  let queue: Pending[] = [];
  let inFlight = 0;

  // Two batches in flight at most: while one holds the chain lock in PostgreSQL, the next is already
  // waiting for it, and this process hashes and serialises the requests that will follow.
  function flush() {
    while (queue.length && inFlight < 2) {
      const batch = queue;
      queue = [];
      inFlight += 1;
      db.transaction((trx) => appendPrepared(trx, batch.map(({ prepared }) => prepared))).then(
        () => batch.forEach((pending) => pending.done()),
        (error) => batch.forEach((pending) => pending.failed(error)),
      ).finally(() => {
        inFlight -= 1;
        flush();
      });
    }
  }

  return {
    close: () => db.destroy(),

    append(entry) {
      if (!entry.lines.length) return Promise.resolve();
      return new Promise<void>((done, failed) => {
        // Hashed and serialised here, while an earlier batch is in PostgreSQL's hands: the flush only joins them.
        queue.push({ prepared: prepareRequest(entry), done, failed });
        flush();
      });
    },

    verify: (witness) => verifyLog(db, witness),

    async head() {
      return (await db('audit.chain_roots').orderBy('seq', 'desc').first()) ?? null;
    },

    async purgeOlderThan(years, now = new Date()) {
      if (!Number.isInteger(years) || years < MIN_RETENTION_YEARS) throw new Error(`the log retention must be a whole number of years, at least ${MIN_RETENTION_YEARS}`);
      const cutoff = yearsBefore(now, years);
      const signer = await auditSigner();
      return db.transaction(async (trx) => {
        await lockChain(trx);
        const [{ after }] = await trx('audit.chain_checkpoints').max({ after: 'rootSeq' });
        const unpurged = trx('audit.chain_roots').where('seq', '>', after ?? 0);
        const keptFrom: { seq: number } | undefined = await unpurged.clone().where('latestOccurredAt', '>=', cutoff).orderBy('seq').first('seq');
        const last: ChainRoot | undefined = await unpurged.clone().modify((q) => (keptFrom ? q.where('seq', '<', keptFrom.seq) : q)).orderBy('seq', 'desc').first();
        if (!last) return { purged: 0, cutoff };
        await trx.raw(`SELECT set_config('audit.purge_before', ?, true)`, [cutoff.toISOString()]);
        const purged = await trx('audit.disclosures').where('seq', '<=', last.lastSeq).delete();
        const checkpoint = { seq: last.lastSeq, hash: last.hash, rootSeq: last.seq, purgedLines: purged, cutoff };
        await trx('audit.chain_checkpoints').insert({ ...checkpoint, keyId: signer.keyId, signature: signer.sign(checkpointMessage(checkpoint)) });
        return { purged, cutoff };
      });
    },
  };
}
