import { Knex } from 'knex';
import { OrganisationType } from '../../../policy';
import { Migration } from '../../common/subgraph';

const schema = 'dossiers';

export const caseFiles: Migration = {
  name: '001-case-files',
  async up(db: Knex) {
    const s = () => db.schema.withSchema(schema);
    await s().createTable('safe_homes', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      t.text('code_prefix').notNullable().unique();
      t.text('province').notNullable();
    });
    await s().createTable('organisations', (t) => {
      t.text('id').primary();
      t.text('name').notNullable();
      t.enu('type', Object.values(OrganisationType)).notNullable();
      t.text('safe_home_id').notNullable().references('id').inTable(`${schema}.safe_homes`);
      t.index(['safe_home_id']);
    });
    await s().createTable('dossiers', (t) => {
      t.uuid('id').primary();
      t.text('code').notNullable().unique();
      t.text('safe_home_id').notNullable().references('id').inTable(`${schema}.safe_homes`);
      t.smallint('track').notNullable().checkBetween([0, 3]);
      t.enu('status', ['REFERRED', 'INTAKE', 'ACTIVE', 'CLOSED']).notNullable();
      t.text('referral_source').notNullable();
      t.text('referred_by_organisation_id').references('id').inTable(`${schema}.organisations`);
      t.date('referral_date').notNullable();
      t.text('case_manager');
      t.date('closed_on');
      t.integer('version').notNullable().defaultTo(1);
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.fn.now());
      t.index(['safe_home_id', 'status', 'code']);
      t.index(['referral_date']);
    });
    await s().createTable('situation_descriptions', (t) => {
      t.uuid('dossier_id').primary().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.text('summary').notNullable();
      t.text('violence_forms').notNullable();
      t.date('recorded_on').notNullable();
    });
    await s().createTable('weighings', (t) => {
      t.uuid('dossier_id').primary().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.date('decided_on').notNullable();
      t.smallint('track').notNullable().checkIn(['2', '3']);
      t.text('rationale').notNullable();
    });
    await s().createTable('info_sharing_items', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.text('organisation_id').notNullable().references('id').inTable(`${schema}.organisations`);
      t.text('category').notNullable();
      t.text('legal_basis').notNullable();
      t.text('content').notNullable();
      t.date('shared_on').notNullable();
      t.index(['dossier_id']);
    });
    await s().createTable('case_consultations', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.date('held_on').notNullable();
      t.boolean('persons_informed').notNullable();
      t.text('decisions').notNullable();
      t.index(['dossier_id']);
    });
    await s().createTable('case_consultation_participants', (t) => {
      t.uuid('case_consultation_id').notNullable().references('id').inTable(`${schema}.case_consultations`).onDelete('CASCADE');
      t.text('organisation_id').notNullable().references('id').inTable(`${schema}.organisations`);
      t.primary(['case_consultation_id', 'organisation_id']);
      t.index(['organisation_id']);
    });
    await s().createTable('action_plan_items', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.text('description').notNullable();
      t.text('owner_organisation_id').notNullable().references('id').inTable(`${schema}.organisations`);
      t.date('due_on').notNullable();
      t.enu('status', ['OPEN', 'DONE', 'CANCELLED']).notNullable();
      t.integer('version').notNullable().defaultTo(1);
      t.index(['dossier_id']);
    });
    await s().createTable('execution_notes', (t) => {
      t.uuid('id').primary();
      t.uuid('dossier_id').notNullable().references('id').inTable(`${schema}.dossiers`).onDelete('CASCADE');
      t.uuid('action_plan_item_id').references('id').inTable(`${schema}.action_plan_items`);
      t.text('organisation_id').notNullable().references('id').inTable(`${schema}.organisations`);
      t.text('note').notNullable();
      t.date('recorded_on').notNullable();
      t.index(['dossier_id']);
    });
    // Track 1: a professional asks for advice without naming anyone. The table has no column that
    // could hold personal data.
    await s().createTable('anonymous_consults', (t) => {
      t.uuid('id').primary();
      t.text('safe_home_id').notNullable().references('id').inTable(`${schema}.safe_homes`);
      t.date('consulted_on').notNullable();
      t.enu('asker_organisation_type', Object.values(OrganisationType)).notNullable();
      t.text('topic').notNullable();
      t.index(['safe_home_id', 'consulted_on']);
    });
  },
  async down(db: Knex) {
    for (const table of [
      'anonymous_consults', 'execution_notes', 'action_plan_items', 'case_consultation_participants',
      'case_consultations', 'info_sharing_items', 'weighings', 'situation_descriptions', 'dossiers',
      'organisations', 'safe_homes',
    ]) {
      await db.schema.withSchema(schema).dropTable(table);
    }
  },
};
