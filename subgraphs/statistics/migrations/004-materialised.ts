import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The reporting views become materialised, indexed snapshots: at 100x the seed, computing them on
 * every query took seconds (children involved per dossier, the latest assessment per person).
 * They are refreshed after seeding and retention, by `npm run statistics:refresh`, and
 * periodically by the running hub (STATISTICS_REFRESH_SECONDS).
 */
export const materialised: Migration = {
  name: '004-materialised',
  async up(db: Knex) {
    await db.raw('DROP VIEW statistics.current_risk_levels, statistics.family_referrals, statistics.closed_dossiers');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.family_referrals AS
      SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, d.status,
             d.referral_source, (c.dossier_id IS NOT NULL) AS children_involved
      FROM dossiers.dossiers d
      LEFT JOIN (SELECT DISTINCT dp.dossier_id FROM persons.dossier_persons dp WHERE dp.role = 'CHILD') c ON c.dossier_id = d.id`);
    await db.raw('CREATE UNIQUE INDEX family_referrals_dossier ON statistics.family_referrals (dossier_id)');
    await db.raw('CREATE INDEX family_referrals_year_home ON statistics.family_referrals (year, safe_home_id)');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.current_risk_levels AS
      WITH latest AS (
        SELECT DISTINCT ON (a.dossier_id, a.person_id) a.dossier_id, a.level
        FROM risk.assessments a
        ORDER BY a.dossier_id, a.person_id, a.assessed_on DESC, a.created_at DESC, a.id DESC)
      SELECT l.dossier_id,
             (ARRAY['LOW', 'MEDIUM', 'HIGH'])[max(array_position(ARRAY['LOW', 'MEDIUM', 'HIGH'], l.level::text))] AS level
      FROM latest l GROUP BY l.dossier_id`);
    await db.raw('CREATE UNIQUE INDEX current_risk_levels_dossier ON statistics.current_risk_levels (dossier_id)');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.closed_dossiers AS
      SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, (d.closed_on - d.referral_date) AS days
      FROM dossiers.dossiers d WHERE d.status = 'CLOSED' AND d.closed_on IS NOT NULL`);
    await db.raw('CREATE UNIQUE INDEX closed_dossiers_dossier ON statistics.closed_dossiers (dossier_id)');
  },
  async down(db: Knex) {
    await db.raw('DROP MATERIALIZED VIEW statistics.current_risk_levels, statistics.family_referrals, statistics.closed_dossiers');
  },
};
