import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** The DPO's review of each break-glass request: one per request, never changed afterwards. */
export const breakGlassReviews: Migration = {
  name: '002-break-glass-reviews',
  async up(db: Knex) {
    await db.schema.withSchema('audit').createTable('break_glass_reviews', (t) => {
      t.text('request_id').primary();
      t.enu('verdict', ['JUSTIFIED', 'UNJUSTIFIED']).notNullable();
      t.text('note').notNullable();
      t.text('reviewer_subject').notNullable();
      t.timestamp('reviewed_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
    });
    await db.raw(`CREATE TRIGGER break_glass_reviews_append_only BEFORE UPDATE OR DELETE ON audit.break_glass_reviews FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await db.raw(`CREATE TRIGGER break_glass_reviews_no_truncate BEFORE TRUNCATE ON audit.break_glass_reviews FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  },
  async down(db: Knex) {
    await db.schema.withSchema('audit').dropTable('break_glass_reviews');
  },
};
