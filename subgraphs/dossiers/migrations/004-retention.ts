import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** When a dossier's case content was anonymised at the end of its retention period, and the evidence of each run. */
export const retention: Migration = {
  name: '004-retention',
  async up(db: Knex) {
    await db.schema.withSchema('dossiers').alterTable('dossiers', (t) => t.date('anonymised_on'));
    await db.schema.withSchema('dossiers').createTable('retention_log', (t) => {
      t.bigIncrements('id').primary();
      t.uuid('dossier_id').notNullable();
      t.text('code').notNullable();
      t.date('closed_on').notNullable();
      t.date('anonymised_on').notNullable();
      t.integer('persons_anonymised').notNullable();
    });
  },
  async down(db: Knex) {
    await db.schema.withSchema('dossiers').dropTable('retention_log');
    await db.schema.withSchema('dossiers').alterTable('dossiers', (t) => t.dropColumn('anonymised_on'));
  },
};
