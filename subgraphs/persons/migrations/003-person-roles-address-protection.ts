import { Knex } from 'knex';
import { Migration } from '../../common/subgraph';

/** The policy also reads whether a person's address is protected: a protected address never leaves the Safe Home's team. */
export const personRolesAddressProtection: Migration = {
  name: '003-person-roles-address-protection',
  async up(db: Knex) {
    await db.raw(`CREATE OR REPLACE VIEW persons.person_roles AS
      SELECT dp.person_id, dp.dossier_id, dp.role, p.address_protected FROM persons.dossier_persons dp JOIN persons.persons p ON p.id = dp.person_id`);
  },
  async down(db: Knex) {
    await db.raw('DROP VIEW persons.person_roles');
    await db.raw('CREATE VIEW persons.person_roles AS SELECT dp.person_id, dp.dossier_id, dp.role FROM persons.dossier_persons dp');
  },
};
