import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * Writes are in the log too: a mutation appends a CHANGE line per record it wrote (outcome
 * WRITTEN), in the same transaction as the write, on the same chain as the disclosures.
 */
export const changeLines: Migration = {
  name: '004-change-lines',
  async up(db: Knex) {
    await db.raw(`
      ALTER TABLE audit.disclosures
        DROP CONSTRAINT disclosures_kind_check,
        ADD CONSTRAINT disclosures_kind_check CHECK (kind IN ('SUBJECT', 'SUMMARY', 'CHANGE')),
        DROP CONSTRAINT disclosures_outcome_check,
        ADD CONSTRAINT disclosures_outcome_check CHECK (outcome IN ('DISCLOSED', 'PARTIAL', 'DENIED', 'NOTHING', 'WRITTEN'))`);
  },
  async down(db: Knex) {
    await db.raw(`
      ALTER TABLE audit.disclosures
        DROP CONSTRAINT disclosures_kind_check,
        ADD CONSTRAINT disclosures_kind_check CHECK (kind IN ('SUBJECT', 'SUMMARY')),
        DROP CONSTRAINT disclosures_outcome_check,
        ADD CONSTRAINT disclosures_outcome_check CHECK (outcome IN ('DISCLOSED', 'PARTIAL', 'DENIED', 'NOTHING'))`);
  },
};
