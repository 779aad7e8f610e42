import { createHash } from 'node:crypto';
import { Knex } from 'knex';
import { auditSigner } from '../../../audit-log/audit-key';
import { LoggedLine, leafHashes } from '../../../audit-log/line-hash';
import { treeRoot } from '../../../audit-log/merkle';
import { chainHash, ChainRoot, GENESIS, signedMessage } from '../../../audit-log/root-chain';
import { Migration } from '../../common/subgraph';

/** JSON with object keys in sorted order, as the first chain hashed its lines. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A line's hash in the first chain (one hash per line over the line and the hash before it). */
export function firstChainLineHash(line: LoggedLine, prevHash: string): string {
  const content = canonical([
    line.occurredAt.toISOString(), line.requestId, line.traceId, line.actorSubject, line.organisationId, line.role, line.purpose,
    line.operationName, line.documentHash, line.kind, line.subjectType, line.subjectId, line.fields, line.denied, line.outcome,
    line.breakGlass, line.justification, line.hiddenUntil, prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

type FirstChainLine = LoggedLine & { seq: number; prevHash: string; hash: string };
const BATCH = 1000;

/**
 * The log moves from one hash per line, chained line to line, to a hash tree per batch with the
 * batch roots chained and signed (audit-log/). The lines already written are first checked against
 * the first chain (a broken chain is not migrated: it would be sealed as if it held), then sealed
 * in batches of a thousand under signed roots, in their order.
 */
export const signedBatchRoots: Migration = {
  name: '005-signed-batch-roots',
  async up(db: Knex) {
    await db.schema.withSchema('audit').createTable('chain_roots', (t) => {
      t.bigInteger('seq').primary();
      t.bigInteger('first_seq').notNullable();
      t.bigInteger('last_seq').notNullable().unique();
      t.integer('line_count').notNullable();
      t.timestamp('latest_occurred_at', { useTz: true, precision: 3 }).notNullable();
      t.text('root').notNullable();
      t.text('prev_hash').notNullable();
      t.text('hash').notNullable().unique();
      t.text('key_id').notNullable();
      t.text('signature').notNullable();
      t.timestamp('sealed_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    });
    await db.raw(`CREATE TRIGGER chain_roots_append_only BEFORE UPDATE OR DELETE ON audit.chain_roots FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await db.raw(`CREATE TRIGGER chain_roots_no_truncate BEFORE TRUNCATE ON audit.chain_roots FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
    // The chain lock and the last root in one round trip: each query of a volatile function sees what
    // was committed before it ran, so the root read after the lock is granted is the last one.
    await db.raw(`
      CREATE FUNCTION audit.lock_chain() RETURNS TABLE (seq bigint, last_seq bigint, hash text, key_id text) LANGUAGE plpgsql VOLATILE AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(4582024);
        RETURN QUERY SELECT r.seq, r.last_seq, r.hash, r.key_id FROM audit.chain_roots r ORDER BY r.seq DESC LIMIT 1;
      END $$`);
    await db.raw(`ALTER TABLE audit.chain_checkpoints ADD COLUMN root_seq bigint, ADD COLUMN key_id text, ADD COLUMN signature text`);
    await db.raw(`ALTER TABLE audit.disclosures ADD COLUMN leaf_hash text`);

    const checkpoint: { seq: number; hash: string } | undefined = await db('audit.chain_checkpoints').orderBy('seq', 'desc').first();
    let prevLineHash = checkpoint?.hash ?? GENESIS;
    let prevRoot = GENESIS;
    let rootSeq = 0;
    await db.raw('ALTER TABLE audit.disclosures DISABLE TRIGGER disclosures_append_only');
    for (let after = 0; ; ) {
      const lines: FirstChainLine[] = await db('audit.disclosures').where('seq', '>', after).orderBy('seq').limit(BATCH);
      if (!lines.length) break;
      for (const line of lines) {
        if (line.prevHash !== prevLineHash || firstChainLineHash(line, prevLineHash) !== line.hash) {
          throw new Error(`the disclosure log is broken at line ${line.seq} (npm run audit:verify on the previous version says how): it is not migrated to signed roots until that is investigated`);
        }
        prevLineHash = line.hash;
      }
      const leaves = leafHashes(lines);
      const signer = await auditSigner();
      const facts = {
        seq: ++rootSeq, firstSeq: lines[0].seq, lastSeq: lines[lines.length - 1].seq, lineCount: lines.length,
        latestOccurredAt: new Date(Math.max(...lines.map((line) => line.occurredAt.getTime()))), root: treeRoot(leaves).toString('hex'), prevHash: prevRoot,
      };
      const root: ChainRoot = { ...facts, hash: chainHash(facts), keyId: signer.keyId, signature: '' };
      root.signature = signer.sign(signedMessage(root.hash));
      await db('audit.chain_roots').insert(root);
      await db.raw(`UPDATE audit.disclosures d SET leaf_hash = v.leaf FROM unnest(?::bigint[], ?::text[]) AS v(seq, leaf) WHERE d.seq = v.seq`, [lines.map((line) => line.seq), leaves.map((leaf) => leaf.toString('hex'))]);
      prevRoot = root.hash;
      after = facts.lastSeq;
    }
    await db.raw('ALTER TABLE audit.disclosures ENABLE TRIGGER disclosures_append_only');
    await db.raw(`ALTER TABLE audit.disclosures ALTER COLUMN leaf_hash SET NOT NULL, DROP COLUMN prev_hash, DROP COLUMN hash`);
    // Lines are appended in time order: a BRIN index serves a period as well as the B-tree did, at a fraction of its cost per append.
    await db.raw('DROP INDEX audit.disclosures_occurred_at_index');
    await db.raw('CREATE INDEX disclosures_occurred_at_brin ON audit.disclosures USING brin (occurred_at)');
    // Few lines are break-glass: an index of those alone, instead of one entry per line.
    await db.raw('DROP INDEX audit.disclosures_break_glass_seq_index');
    await db.raw('CREATE INDEX disclosures_break_glass_seq ON audit.disclosures (seq) WHERE break_glass');
  },
  async down() {
    throw new Error('the disclosure log does not go back to one hash per line: restore a backup instead');
  },
};
