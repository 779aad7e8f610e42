import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import type { Actor } from '../policy';

/** One line of the disclosure log: what left the hub about one record (or, for non-personal answers, a summary). */
export interface Disclosure {
  occurredAt: Date;
  requestId: string;
  traceId: string;
  actorSubject: string;
  organisationId: string;
  role: string;
  purpose: string;
  operationName: string | null;
  documentHash: string;
  /** SUBJECT: read about a person or dossier; SUMMARY: no such record; CHANGE: a record written by a mutation. */
  kind: 'SUBJECT' | 'SUMMARY' | 'CHANGE';
  subjectType: string | null;
  subjectId: string | null;
  /** Each field disclosed or written, with the policy rules that allowed it for this record and their legal bases. */
  fields: { field: string; category: string; rules: string[]; legalBasis: string[] }[];
  denied: { field: string; reason: string }[];
  outcome: 'DISCLOSED' | 'PARTIAL' | 'DENIED' | 'NOTHING' | 'WRITTEN';
  breakGlass: boolean;
  justification: string | null;
  hiddenUntil: string | null;
}

/** Who a line is about doing it: the actor, their organisation, role and purpose, and any break-glass. */
export function actorFacts(actor: Actor): Pick<Disclosure, 'actorSubject' | 'organisationId' | 'role' | 'purpose' | 'breakGlass' | 'justification'> {
  return {
    actorSubject: actor.subject,
    organisationId: actor.organisationId,
    role: actor.role,
    purpose: actor.purpose,
    breakGlass: actor.breakGlass !== undefined,
    justification: actor.breakGlass?.justification ?? null,
  };
}

type Stored = Disclosure & { seq: number; prevHash: string; hash: string };

export const GENESIS = '0'.repeat(64);

/** JSON with object keys in sorted order: the same line hashes the same after a round trip through jsonb. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a line: over all it says and the hash of the line before, so no line can change unseen. */
export function lineHash(line: Disclosure, prevHash: string): string {
  const content = canonical([
    line.occurredAt.toISOString(), line.requestId, line.traceId, line.actorSubject, line.organisationId, line.role, line.purpose,
    line.operationName, line.documentHash, line.kind, line.subjectType, line.subjectId, line.fields, line.denied, line.outcome,
    line.breakGlass, line.justification, line.hiddenUntil, prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

// One chain: appends take this transaction-scoped lock, so each line follows the one before it.
const CHAIN_LOCK = 458_2024;

export interface VerifyResult {
  intact: boolean;
  lines: number;
  /** The first line whose hash or link does not hold. */
  firstBroken?: { seq: number; reason: string };
}

/**
 * Appends lines to the chain inside the caller's transaction: they commit or roll back with it.
 * The chain lock is held until that transaction ends, so take it as late as possible.
 */
export async function appendInTransaction(trx: Knex.Transaction, lines: Disclosure[]): Promise<void> {
  await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
  const last: { hash: string } | undefined = await trx('audit.disclosures').select('hash').orderBy('seq', 'desc').first();
  let prevHash = last?.hash ?? GENESIS;
  const rows = lines.map((line) => {
    const hash = lineHash(line, prevHash);
    const row = { ...line, fields: JSON.stringify(line.fields), denied: JSON.stringify(line.denied), prevHash, hash };
    prevHash = hash;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500) await trx('audit.disclosures').insert(rows.slice(i, i + 500));
}

export interface AuditLog {
  append(lines: Disclosure[]): Promise<void>;
  verify(): Promise<VerifyResult>;
  /** Purges the lines older than the retention period, as a prefix of the chain, behind a checkpoint. */
  purgeOlderThan(years: number, now?: Date): Promise<{ purged: number; cutoff: Date }>;
}

interface Pending {
  lines: Disclosure[];
  done: () => void;
  failed: (error: unknown) => void;
}

/**
 * The append-only, hash-chained disclosure log in audit.disclosures. Appends of concurrent requests
 * are committed together (group commit): one transaction under the chain lock per batch, and each
 * request waits until its own lines are committed, so a response is never released before its
 * disclosure is on disk, and a failed write fails every request in that batch.
 */
export function createAuditLog(db: Knex): AuditLog & { close(): Promise<void> } {
  let queue: Pending[] = [];
  let flushing = false;

  const writeBatch = (batch: Pending[]) => db.transaction((trx) => appendInTransaction(trx, batch.flatMap(({ lines }) => lines)));

  async function flush() {
    flushing = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        await writeBatch(batch);
        batch.forEach((pending) => pending.done());
      } catch (error) {
        batch.forEach((pending) => pending.failed(error));
      }
    }
    flushing = false;
  }

  return {
    close: () => db.destroy(),

    append(lines) {
      if (!lines.length) return Promise.resolve();
      return new Promise<void>((done, failed) => {
        queue.push({ lines, done, failed });
        if (!flushing) void flush();
      });
    },

    async purgeOlderThan(years, now = new Date()) {
      if (!Number.isInteger(years) || years < 1) throw new Error('the log retention must be a whole number of years, at least 1');
      const cutoff = new Date(now);
      cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
      return db.transaction(async (trx) => {
        await trx.raw('SELECT pg_advisory_xact_lock(?)', [CHAIN_LOCK]);
        const keptFrom: { seq: number } | undefined = await trx('audit.disclosures').where('occurredAt', '>=', cutoff).orderBy('seq').first('seq');
        const last: Stored | undefined = await trx('audit.disclosures')
          .modify((q) => (keptFrom ? q.where('seq', '<', keptFrom.seq) : q))
          .orderBy('seq', 'desc')
          .first();
        if (!last) return { purged: 0, cutoff };
        await trx.raw(`SELECT set_config('audit.purge_before', ?, true)`, [cutoff.toISOString()]);
        const purged = await trx('audit.disclosures').where('seq', '<=', last.seq).delete();
        await trx('audit.chain_checkpoints').insert({ seq: last.seq, hash: last.hash, purgedLines: purged, cutoff });
        return { purged, cutoff };
      });
    },

    async verify() {
      // The chain starts at the latest checkpoint, if lines were purged, else at the genesis hash.
      const checkpoint: { seq: number; hash: string } | undefined = await db('audit.chain_checkpoints').orderBy('seq', 'desc').first();
      let prevHash = checkpoint?.hash ?? GENESIS;
      let lines = 0;
      let afterSeq = Number(checkpoint?.seq ?? 0);
      for (;;) {
        const batch: Stored[] = await db('audit.disclosures').where('seq', '>', afterSeq).orderBy('seq').limit(5000);
        if (!batch.length) return { intact: true, lines };
        for (const row of batch) {
          if (row.prevHash !== prevHash) return { intact: false, lines, firstBroken: { seq: Number(row.seq), reason: 'its link to the line before does not match' } };
          if (lineHash(row, prevHash) !== row.hash) return { intact: false, lines, firstBroken: { seq: Number(row.seq), reason: 'its content does not match its hash' } };
          prevHash = row.hash;
          lines += 1;
        }
        afterSeq = Number(batch[batch.length - 1].seq);
      }
    },
  };
}
