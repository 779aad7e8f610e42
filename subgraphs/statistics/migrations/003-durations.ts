import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** How long closed dossiers ran, per dossier, for duration statistics. */
export const durations: Migration = {
  name: '003-durations',
  async up(db: Knex) {
    await db.raw(`
      CREATE VIEW statistics.closed_dossiers AS
      SELECT d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, (d.closed_on - d.referral_date) AS days
      FROM dossiers.dossiers d WHERE d.status = 'CLOSED' AND d.closed_on IS NOT NULL`);
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW statistics.closed_dossiers');
  },
};
