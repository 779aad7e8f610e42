import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/**
 * The organisation facts the audit subgraph reads (006) now carry the organisation's type too: what
 * a trusted document can disclose to an application depends on the type of the organisation it acts
 * for (the policy's rules are by organisation type), which the DPO reads before deciding.
 */
export const organisationTypesForAudit: Migration = {
  name: '008-organisation-types-for-audit',
  async up(db: Knex) {
    await db.raw('CREATE OR REPLACE VIEW dossiers.organisation_regions AS SELECT o.id AS organisation_id, o.safe_home_id, o.type AS organisation_type FROM dossiers.organisations o');
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW dossiers.organisation_regions');
    await db.raw('CREATE VIEW dossiers.organisation_regions AS SELECT o.id AS organisation_id, o.safe_home_id FROM dossiers.organisations o');
  },
};
