import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The log's own retention. Lines older than the retention period may be purged, oldest first
 * and only as a whole prefix of the chain: the purge records a checkpoint (the last purged line's
 * seq and hash) from which the chain is verified afterwards. The trigger lets a DELETE through
 * only inside such a purge, only for lines older than the purge's cutoff, and never for a cutoff
 * less than a year ago; UPDATE and TRUNCATE stay refused.
 */
export const logRetention: Migration = {
  name: '003-log-retention',
  async up(db: Knex) {
    await db.schema.withSchema('audit').createTable('chain_checkpoints', (t) => {
      t.bigInteger('seq').primary();
      t.text('hash').notNullable();
      t.integer('purged_lines').notNullable();
      t.timestamp('cutoff', { useTz: true }).notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    });
    await db.raw(`
      CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        purge_before timestamptz := nullif(current_setting('audit.purge_before', true), '')::timestamptz;
      BEGIN
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'disclosures' AND purge_before IS NOT NULL AND purge_before <= now() - interval '1 year' THEN
          IF OLD.occurred_at < purge_before THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION 'the disclosure log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.raw(`CREATE TRIGGER chain_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit.chain_checkpoints FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
  },
  async down(db: Knex) {
    await db.schema.withSchema('audit').dropTable('chain_checkpoints');
  },
};
