import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * Assessments made through the API: a professional judgement comes with its rationale, and an
 * assessment whose level is higher than the person's previous one is flagged as an escalation.
 */
export const escalation: Migration = {
  name: '002-escalation',
  async up(db: Knex) {
    await db.schema.withSchema('risk').alterTable('assessments', (t) => {
      t.text('judgement_rationale');
      t.text('escalation').checkIn(['HIGHER_LEVEL_THAN_PREVIOUS']);
    });
  },
  async down(db: Knex) {
    await db.schema.withSchema('risk').alterTable('assessments', (t) => {
      t.dropColumn('escalation');
      t.dropColumn('judgement_rationale');
    });
  },
};
