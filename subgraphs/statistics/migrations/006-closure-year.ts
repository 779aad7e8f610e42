import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * Durations are counted by the year a dossier closed, not the year it was referred: counted by
 * referral year, closed dossiers subtracted from the referred families of the same year, Safe
 * Home and track would give the few still open.
 */
export const closureYear: Migration = {
  name: '006-closure-year',
  async up(db: Knex) {
    await db.raw('DROP MATERIALIZED VIEW statistics.closed_dossiers');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.closed_dossiers AS
      SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.closed_on)::int AS year, d.track, (d.closed_on - d.referral_date) AS days
      FROM dossiers.dossiers d WHERE d.status = 'CLOSED' AND d.closed_on IS NOT NULL`);
    await db.raw('CREATE UNIQUE INDEX closed_dossiers_dossier ON statistics.closed_dossiers (dossier_id)');
  },
  async down(db: Knex) {
    await db.raw('DROP MATERIALIZED VIEW statistics.closed_dossiers');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.closed_dossiers AS
      SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, (d.closed_on - d.referral_date) AS days
      FROM dossiers.dossiers d WHERE d.status = 'CLOSED' AND d.closed_on IS NOT NULL`);
    await db.raw('CREATE UNIQUE INDEX closed_dossiers_dossier ON statistics.closed_dossiers (dossier_id)');
  },
};
