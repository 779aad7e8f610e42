import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * Reporting views over the other subgraphs' tables. The statistics subgraph reads only these, over
 * read-only connections, and only ever returns aggregates of them.
 */
export const reportingViews: Migration = {
  name: '001-reporting-views',
  async up(db: Knex) {
    await db.raw(`
      CREATE VIEW statistics.family_referrals AS
      SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, d.status,
             d.referral_source,
             EXISTS (SELECT 1 FROM persons.dossier_persons dp WHERE dp.dossier_id = d.id AND dp.role = 'CHILD') AS children_involved
      FROM dossiers.dossiers d`);
    await db.raw(`
      CREATE VIEW statistics.consults AS
      SELECT c.safe_home_id, extract(year FROM c.consulted_on)::int AS year
      FROM dossiers.anonymous_consults c`);
    await db.raw(`
      CREATE VIEW statistics.current_risk_levels AS
      WITH latest AS (
        SELECT DISTINCT ON (a.dossier_id, a.person_id) a.dossier_id, a.level
        FROM risk.assessments a
        ORDER BY a.dossier_id, a.person_id, a.assessed_on DESC, a.created_at DESC, a.id DESC)
      SELECT l.dossier_id,
             (ARRAY['LOW', 'MEDIUM', 'HIGH'])[max(array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], l.level::text))] AS level
      FROM latest l GROUP BY l.dossier_id`);
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW statistics.current_risk_levels, statistics.consults, statistics.family_referrals');
  },
};
