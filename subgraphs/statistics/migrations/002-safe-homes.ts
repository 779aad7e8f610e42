import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** The Safe Homes statistics can be filtered by, so an unknown one is a clear error rather than an empty answer. */
export const safeHomes: Migration = {
  name: '002-safe-homes',
  async up(db: Knex) {
    await db.raw('CREATE VIEW statistics.safe_homes AS SELECT s.id FROM dossiers.safe_homes s');
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW statistics.safe_homes');
  },
};
