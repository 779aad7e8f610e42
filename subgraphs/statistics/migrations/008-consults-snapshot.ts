import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * Anonymous consults become part of the snapshot like every other figure: read live, their counts
 * changed between two refreshes under a publication decided once per snapshot, and two statistics
 * processes on one snapshot could publish different counts (and withhold different figures). A
 * new snapshot row, so that a running subgraph decides again over the materialised consults.
 */
export const consultsSnapshot: Migration = {
  name: '008-consults-snapshot',
  async up(db: Knex) {
    await db.raw('DROP VIEW statistics.consults');
    await db.raw(`
      CREATE MATERIALIZED VIEW statistics.consults AS
      SELECT c.id AS consult_id, c.safe_home_id, extract(year FROM c.consulted_on)::int AS year
      FROM dossiers.anonymous_consults c`);
    await db.raw('CREATE UNIQUE INDEX consults_consult ON statistics.consults (consult_id)');
    await db.raw('INSERT INTO statistics.snapshots DEFAULT VALUES');
  },
  async down(db: Knex) {
    await db.raw('DROP MATERIALIZED VIEW statistics.consults');
    await db.raw(`
      CREATE VIEW statistics.consults AS
      SELECT c.safe_home_id, extract(year FROM c.consulted_on)::int AS year
      FROM dossiers.anonymous_consults c`);
  },
};
