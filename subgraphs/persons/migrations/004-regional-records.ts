import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * A national number no longer names one row across the hub: each Safe Home keeps its own record of
 * a person it is told about, and a referral is deduplicated only against the persons of that Safe
 * Home's open dossiers, so another region's record is never linked into a referral, nor revealed by
 * one (a unique number would refuse, and so betray, a number held elsewhere). Lookups by number and
 * by name and birth date stay indexed.
 */
export const regionalRecords: Migration = {
  name: '004-regional-records',
  async up(db: Knex) {
    await db.raw('ALTER TABLE persons.persons DROP CONSTRAINT persons_national_number_unique');
    await db.raw('CREATE INDEX persons_national_number_index ON persons.persons (national_number)');
    await db.raw('CREATE INDEX persons_lower_family_name_birth_date_index ON persons.persons (lower(family_name), birth_date)');
  },
  async down(db: Knex) {
    await db.raw('DROP INDEX persons.persons_lower_family_name_birth_date_index, persons.persons_national_number_index');
    await db.raw('ALTER TABLE persons.persons ADD CONSTRAINT persons_national_number_unique UNIQUE (national_number)');
  },
};
