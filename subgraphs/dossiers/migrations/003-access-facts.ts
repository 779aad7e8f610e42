import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The facts the policy reads about a dossier, published by the dossiers subgraph for the other
 * subgraphs (read-only views, like the statistics reporting views): its Safe Home and status, and
 * which organisations take part in its case consultations.
 */
export const accessFacts: Migration = {
  name: '003-access-facts',
  async up(db: Knex) {
    await db.raw(`
      CREATE VIEW dossiers.access_facts AS
      SELECT d.id AS dossier_id, d.safe_home_id, d.status AS dossier_status FROM dossiers.dossiers d`);
    await db.raw(`
      CREATE VIEW dossiers.consultation_participants AS
      SELECT DISTINCT c.dossier_id, p.organisation_id
      FROM dossiers.case_consultations c JOIN dossiers.case_consultation_participants p ON p.case_consultation_id = c.id`);
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW dossiers.consultation_participants, dossiers.access_facts');
  },
};
