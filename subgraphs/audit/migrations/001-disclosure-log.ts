import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The disclosure log, written by the gateway (gateway/audit) and read by this subgraph for the
 * DPO. One line per disclosure per person or dossier, hash-chained, append-only.
 */
export const disclosureLog: Migration = {
  name: '001-disclosure-log',
  async up(db: Knex) {
    await db.schema.withSchema('audit').createTable('disclosures', (t) => {
      t.bigIncrements('seq').primary();
      t.timestamp('occurred_at', { useTz: true, precision: 3 }).notNullable();
      t.text('request_id').notNullable();
      t.text('trace_id').notNullable();
      t.text('actor_subject').notNullable();
      t.text('organisation_id').notNullable();
      t.text('role').notNullable();
      t.text('purpose').notNullable();
      t.text('operation_name');
      t.text('document_hash').notNullable();
      t.enu('kind', ['SUBJECT', 'SUMMARY']).notNullable();
      t.text('subject_type');
      t.text('subject_id');
      t.jsonb('fields').notNullable();
      t.jsonb('denied').notNullable();
      t.enu('outcome', ['DISCLOSED', 'PARTIAL', 'DENIED', 'NOTHING']).notNullable();
      t.boolean('break_glass').notNullable().defaultTo(false);
      t.text('justification');
      // Disclosures to police or prosecution for an ongoing investigation stay out of subject-access reports until this date.
      t.date('hidden_until');
      t.text('prev_hash').notNullable();
      t.text('hash').notNullable().unique();
      t.index(['subject_type', 'subject_id', 'occurred_at']);
      t.index(['organisation_id', 'occurred_at']);
      t.index(['occurred_at']);
      t.index(['break_glass', 'seq']);
    });
    // Append-only: no role that writes here can change or remove what was written.
    await db.raw(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the disclosure log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.raw(`CREATE TRIGGER disclosures_append_only BEFORE UPDATE OR DELETE ON audit.disclosures FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await db.raw(`CREATE TRIGGER disclosures_no_truncate BEFORE TRUNCATE ON audit.disclosures FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  },
  async down(db: Knex) {
    await db.raw('DROP TABLE audit.disclosures');
    await db.raw('DROP FUNCTION audit.refuse_change()');
  },
};
