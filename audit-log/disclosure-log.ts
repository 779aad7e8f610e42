import { Knex } from 'knex';
import { disclosureAppendDuration, disclosureAppendFailures, disclosureBatchLines, disclosureQueueDepth } from '../platform/metrics';
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
  /** Whether lines can be appended now: the audit key is at hand and the database is a primary that lets this role append. */
  writable(): Promise<boolean>;
}

// How much one purge transaction takes at most (it holds the chain lock, so appends wait for it).
const PURGE_CHUNK_ROOTS = 1000;
const PURGE_CHUNK_LINES = 50_000;

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
  let drained: (() => void) | undefined;

  // Two batches in flight at most: while one holds the chain lock in PostgreSQL, the next is already
  // waiting for it, and this process hashes and serialises the requests that will follow.
  function flush() {
    while (queue.length && inFlight < 2) {
      const batch = queue;
      queue = [];
      inFlight += 1;
      disclosureQueueDepth.dec(batch.length);
      disclosureBatchLines.observe(batch.reduce((lines, { prepared }) => lines + prepared.leaves.length, 0));
      db.transaction((trx) => appendPrepared(trx, batch.map(({ prepared }) => prepared))).then(
        () => batch.forEach((pending) => pending.done()),
        (error) => batch.forEach((pending) => pending.failed(error)),
      ).finally(() => {
        inFlight -= 1;
        flush();
        if (!inFlight) drained?.();
      });
    }
  }

  return {
    // Every line queued before close is written before the pool closes.
    async close() {
      if (inFlight) await new Promise<void>((done) => (drained = done));
      await db.destroy();
    },

    async writable() {
      await auditSigner();
      const { rows } = await db.raw(
        "select not pg_is_in_recovery() and has_table_privilege('audit.disclosures', 'INSERT') and has_table_privilege('audit.chain_roots', 'INSERT') as writable",
      );
      return rows[0].writable === true;
    },

    append(entry) {
      if (!entry.lines.length) return Promise.resolve();
      const stopTimer = disclosureAppendDuration.startTimer();
      const appended = new Promise<void>((done, failed) => {
        // Hashed and serialised here, while an earlier batch is in PostgreSQL's hands: the flush only joins them.
        queue.push({ prepared: prepareRequest(entry), done, failed });
        disclosureQueueDepth.inc();
        flush();
      });
      appended.then(
        () => stopTimer(),
        () => {
          stopTimer();
          disclosureAppendFailures.inc();
        },
      );
      return appended;
    },

    verify: (witness) => verifyLog(db, witness),

    async head() {
      return (await db('audit.chain_roots').orderBy('seq', 'desc').first()) ?? null;
    },

    async purgeOlderThan(years, now = new Date()) {
      if (!Number.isInteger(years) || years < MIN_RETENTION_YEARS) throw new Error(`the log retention must be a whole number of years, at least ${MIN_RETENTION_YEARS}`);
      const cutoff = yearsBefore(now, years);
      const signer = await auditSigner();
      // A chunk at a time, each behind its own checkpoint: the chain lock is held for one chunk, not for years of lines.
      const purgeChunk = () =>
        db.transaction(async (trx) => {
          await lockChain(trx);
          const [{ after }] = await trx('audit.chain_checkpoints').max({ after: 'rootSeq' });
          const next: ChainRoot[] = await trx('audit.chain_roots').where('seq', '>', after ?? 0).orderBy('seq').limit(PURGE_CHUNK_ROOTS);
          let last: ChainRoot | undefined;
          let lines = 0;
          for (const root of next) {
            if (root.latestOccurredAt >= cutoff || (last && lines + root.lineCount > PURGE_CHUNK_LINES)) break;
            last = root;
            lines += root.lineCount;
          }
          if (!last) return null;
          await trx.raw(`SELECT set_config('audit.purge_before', ?, true)`, [cutoff.toISOString()]);
          const purged = await trx('audit.disclosures').where('seq', '<=', last.lastSeq).delete();
          const checkpoint = { seq: last.lastSeq, hash: last.hash, rootSeq: last.seq, purgedLines: purged, cutoff };
          await trx('audit.chain_checkpoints').insert({ ...checkpoint, keyId: signer.keyId, signature: signer.sign(checkpointMessage(checkpoint)) });
          return purged;
        });
      let purged = 0;
      for (let chunk = await purgeChunk(); chunk !== null; chunk = await purgeChunk()) purged += chunk;
      return { purged, cutoff };
    },
  };
}
