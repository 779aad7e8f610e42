import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

const familyReferrals = (where: string) => `
  CREATE MATERIALIZED VIEW statistics.family_referrals AS
  SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.referral_date)::int AS year, d.track, d.status,
         d.referral_source, (c.dossier_id IS NOT NULL) AS children_involved
  FROM dossiers.dossiers d
  LEFT JOIN (SELECT DISTINCT dp.dossier_id FROM persons.dossier_persons dp WHERE dp.role = 'CHILD') c ON c.dossier_id = d.id
  ${where ? `WHERE ${where}` : ''}`;
const closedDossiers = (where: string) => `
  CREATE MATERIALIZED VIEW statistics.closed_dossiers AS
  SELECT d.id AS dossier_id, d.safe_home_id, extract(year FROM d.closed_on)::int AS year, d.track, (d.closed_on - d.referral_date) AS days
  FROM dossiers.dossiers d WHERE d.status = 'CLOSED' AND d.closed_on IS NOT NULL ${where ? `AND ${where}` : ''}`;

async function build(db: Knex, where: string) {
  await db.raw('DROP MATERIALIZED VIEW statistics.family_referrals, statistics.closed_dossiers');
  await db.raw(familyReferrals(where));
  await db.raw('CREATE UNIQUE INDEX family_referrals_dossier ON statistics.family_referrals (dossier_id)');
  await db.raw('CREATE INDEX family_referrals_year_home ON statistics.family_referrals (year, safe_home_id)');
  await db.raw(closedDossiers(where));
  await db.raw('CREATE UNIQUE INDEX closed_dossiers_dossier ON statistics.closed_dossiers (dossier_id)');
}

/**
 * A referral the Safe Home's team linked into the family's open dossier is not another family: its
 * own dossier (closed as linked) is counted neither as a referred family nor as a closed dossier,
 * so referred = closed + open still holds.
 */
export const linkedReferrals: Migration = {
  name: '007-linked-referrals',
  async up(db: Knex) {
    await build(db, "d.outcome IS DISTINCT FROM 'LINKED_TO_OPEN_DOSSIER'");
  },
  async down(db: Knex) {
    await build(db, '');
  },
};
