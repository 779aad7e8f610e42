import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * One row per refresh of the reporting views. Which figures are withheld is decided once per
 * snapshot, over all of it, so every query answers from the same decision; a new row tells the
 * subgraph to decide again.
 */
export const snapshots: Migration = {
  name: '005-snapshots',
  async up(db: Knex) {
    await db.raw('CREATE TABLE statistics.snapshots (id bigserial PRIMARY KEY, refreshed_at timestamptz NOT NULL DEFAULT now())');
    await db.raw('INSERT INTO statistics.snapshots DEFAULT VALUES');
  },
  async down(db: Knex) {
    await db.raw('DROP TABLE statistics.snapshots');
  },
};
