import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

const schema = 'risk';
const levels = ['LOW', 'MEDIUM', 'HIGH'];

export const risk: Migration = {
  name: '001-risk',
  async up(db: Knex) {
    const s = () => db.schema.withSchema(schema);
    // An instrument is data: a new version is a new row with its own items and thresholds.
    await s().createTable('instrument_versions', (t) => {
      t.uuid('id').primary();
      t.text('code').notNullable();
      t.integer('version').notNullable();
      t.text('name').notNullable();
      t.integer('medium_threshold').notNullable();
      t.integer('high_threshold').notNullable();
      t.date('published_on').notNullable();
      t.unique(['code', 'version']);
    });
    await s().createTable('instrument_items', (t) => {
      t.uuid('instrument_version_id').notNullable().references('id').inTable(`${schema}.instrument_versions`);
      t.text('code').notNullable();
      t.integer('position').notNullable();
      t.text('text').notNullable();
      t.enu('kind', ['RISK', 'PROTECTIVE']).notNullable();
      t.integer('weight').notNullable().checkPositive();
      t.boolean('red_flag').notNullable().defaultTo(false);
      t.primary(['instrument_version_id', 'code']);
    });
    await s().createTable('assessments', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable();
      t.uuid('person_id').notNullable();
      t.uuid('instrument_version_id').notNullable().references('id').inTable(`${schema}.instrument_versions`);
      t.jsonb('answers').notNullable();
      t.integer('score').notNullable();
      t.enu('computed_level', levels).notNullable();
      t.enu('judgement_level', levels);
      t.enu('level', levels).notNullable();
      t.boolean('red_flagged').notNullable();
      t.text('assessor_organisation_id').notNullable();
      t.date('assessed_on').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
      t.index(['dossier_id', 'person_id', 'assessed_on']);
      t.index(['person_id', 'assessed_on']);
    });
  },
  async down(db: Knex) {
    for (const table of ['assessments', 'instrument_items', 'instrument_versions']) {
      await db.schema.withSchema(schema).dropTable(table);
    }
  },
};
