import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * A Safe Home's dossiers in code order, and their count, are the most common listing. Without
 * this index they cost a scan of all dossiers of the region per page (seen at 100x the seed).
 */
export const listingIndex: Migration = {
  name: '002-listing-index',
  async up(db: Knex) {
    await db.schema.withSchema('dossiers').alterTable('dossiers', (t) => t.index(['safe_home_id', 'code'], 'dossiers_safe_home_code_index'));
  },
  async down(db: Knex) {
    await db.schema.withSchema('dossiers').alterTable('dossiers', (t) => t.dropIndex([], 'dossiers_safe_home_code_index'));
  },
};
