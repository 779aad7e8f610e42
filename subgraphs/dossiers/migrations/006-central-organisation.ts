import { Knex } from 'knex';
import { OrganisationType, regionlessOrganisationTypes } from '../../../policy';
import { Migration } from '../../common/subgraph';

const listed = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Organisations that belong to no Safe Home region (the Flemish central team): their Safe Home is
 * empty, and only theirs. And the region facts the audit subgraph's policy reads to place a log
 * line in a region (read-only views, like access_facts): an organisation's, an anonymous consult's.
 */
export const centralOrganisation: Migration = {
  name: '006-central-organisation',
  async up(db: Knex) {
    const types = listed(Object.values(OrganisationType));
    await db.raw(`
      ALTER TABLE dossiers.organisations
        DROP CONSTRAINT organisations_type_check,
        ADD CONSTRAINT organisations_type_check CHECK (type IN (${types})),
        ALTER COLUMN safe_home_id DROP NOT NULL,
        ADD CONSTRAINT organisations_region_unless_regionless CHECK ((safe_home_id IS NULL) = (type IN (${listed(regionlessOrganisationTypes)})))`);
    await db.raw(`
      ALTER TABLE dossiers.anonymous_consults
        DROP CONSTRAINT anonymous_consults_asker_organisation_type_check,
        ADD CONSTRAINT anonymous_consults_asker_organisation_type_check CHECK (asker_organisation_type IN (${types}))`);
    await db.raw('CREATE VIEW dossiers.organisation_regions AS SELECT o.id AS organisation_id, o.safe_home_id FROM dossiers.organisations o');
    await db.raw('CREATE VIEW dossiers.anonymous_consult_regions AS SELECT c.id AS consult_id, c.safe_home_id FROM dossiers.anonymous_consults c');
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW dossiers.anonymous_consult_regions, dossiers.organisation_regions');
    await db.raw(`DELETE FROM dossiers.organisations WHERE safe_home_id IS NULL`);
    await db.raw(`
      ALTER TABLE dossiers.organisations
        DROP CONSTRAINT organisations_region_unless_regionless,
        ALTER COLUMN safe_home_id SET NOT NULL`);
  },
};
